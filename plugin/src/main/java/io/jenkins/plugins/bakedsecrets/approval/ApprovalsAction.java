package io.jenkins.plugins.bakedsecrets.approval;

import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.BuildAction;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The approvals of a build: ids of pending {@code approveImagePromotion} steps and the decisions recorded. build.xml
 * holds strings and {@link ApprovalRecord}s only; a pending step is found again by id among the running steps of the
 * build's flow, so a wait survives a controller restart.
 */
@ExportedBean
public class ApprovalsAction extends BuildAction {
    /** URL name of the approvals page. */
    public static final String URL_NAME = "baked-secrets-approval";
    private static final Logger LOGGER = Logger.getLogger(ApprovalsAction.class.getName());
    private static final int LOAD_TIMEOUT_SECONDS = 60;

    private final CopyOnWriteArrayList<String> pending = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<ApprovalRecord> records = new CopyOnWriteArrayList<>();


    /** The action of a build, added when missing. */
    static synchronized ApprovalsAction of(Run<?, ?> run) {
        ApprovalsAction a = run.getAction(ApprovalsAction.class);
        if (a == null) {
            a = new ApprovalsAction();
            run.addAction(a);
        }
        return a;
    }

    @Override
    public String getIconFileName() {
        return pending.isEmpty() && records.isEmpty() ? null : "symbol-help-circle";
    }

    @Override
    public String getDisplayName() {
        return Messages.ApprovalsAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** Ids of steps still waiting for a decision. */
    @Exported
    public List<String> getPendingIds() {
        return List.copyOf(pending);
    }

    /** The recorded decisions, oldest first. */
    @Exported
    public List<ApprovalRecord> getRecords() {
        return List.copyOf(records);
    }

    /** The recorded decisions as the gate evaluates them. */
    public List<Approval> approvals() {
        return records.stream().map(ApprovalRecord::toApproval).toList();
    }

    void addPending(String id) throws IOException {
        pending.addIfAbsent(id);
        getOwner().save();
    }

    /** Records decisions and ends the wait, saving the build before the step resumes. */
    void settle(String id, List<ApprovalRecord> decided) throws IOException {
        records.addAll(decided);
        pending.remove(id);
        getOwner().save();
    }

    void forget(String id) throws IOException {
        pending.remove(id);
        getOwner().save();
    }

    /** The pending executions, found among the build's running steps; empty when the flow cannot be reached. */
    public List<ApprovalExecution> getExecutions() throws InterruptedException, TimeoutException {
        if (pending.isEmpty() || !(getOwner() instanceof FlowExecutionOwner.Executable executable)) {
            return List.of();
        }
        List<ApprovalExecution> found = new ArrayList<>();
        try {
            FlowExecutionOwner flowOwner = executable.asFlowExecutionOwner();
            FlowExecution execution = flowOwner == null ? null : flowOwner.getOrNull();
            if (execution == null) {
                return List.of();
            }
            for (StepExecution step : execution.getCurrentExecutions(true).get(LOAD_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS)) {
                if (step instanceof ApprovalExecution a && pending.contains(a.getId())) {
                    found.add(a);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            LOGGER.log(Level.WARNING, "cannot list the running steps of " + getOwner(), e);
        }
        return found;
    }

    /**
     * Binds {@code <action>/<id>/} to the pending step with that id, or, once it is decided, to its settled record, so
     * that a second decision answers 409 rather than 404 (Stapler).
     */
    public Object getDynamic(String token) throws InterruptedException, TimeoutException {
        for (ApprovalExecution a : getExecutions()) {
            if (a.getId().equals(token)) {
                return a;
            }
        }
        List<ApprovalRecord> decided = records.stream().filter(r -> r.getStepId().equals(token)).toList();
        return decided.isEmpty() ? null : new SettledApproval(decided);
    }
}
