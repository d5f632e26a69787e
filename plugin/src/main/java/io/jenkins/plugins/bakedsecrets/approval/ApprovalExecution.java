package io.jenkins.plugins.bakedsecrets.approval;

import hudson.AbortException;
import hudson.Util;
import hudson.console.HyperlinkNote;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.ImageIdentity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.core.Authentication;

/**
 * A waiting {@code approveImagePromotion} step. {@link #start} returns false and the step waits, pickled with the
 * program, until an authorised user approves or rejects on its page; the decision is saved on the build before the
 * step resumes. A rejection ends the step with an {@link AbortException}: the build fails, as for any refused
 * release, rather than counting as aborted like a rejected {@code input}.
 */
public class ApprovalExecution extends StepExecution implements ModelObject {
    private static final long serialVersionUID = 1L;
    private static final int MAX_JUSTIFICATION = 2000;

    private final String id;
    private final ApprovalSettings settings;
    private boolean settled;

    ApprovalExecution(StepContext context, String id, ApprovalSettings settings) {
        super(context);
        this.id = id;
        this.settings = settings;
    }

    @Override
    public boolean start() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        ImageSecretsAction scan = scanOf(run);
        if (images(scan.getReport()).isEmpty()) {
            throw new AbortException("scan " + settings.scan() + " has no image to approve");
        }
        ApprovalsAction.of(run).addPending(id);
        String page = "/" + run.getUrl() + ApprovalsAction.URL_NAME + "/" + Util.rawEncode(id) + "/";
        getContext().get(TaskListener.class).getLogger().println("baked-secrets: waiting for approval of scan "
                + settings.scan() + " (" + scan.getTotal() + " findings): " + settings.message() + "\n"
                + "baked-secrets: decide at " + HyperlinkNote.encodeTo(page, page));
        return false;
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        synchronized (this) {
            settled = true;
        }
        ApprovalsAction.of(run).forget(id);
        getContext().onFailure(cause);
    }

    /** The id under the build's approvals page. */
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayName() {
        return settings.message();
    }

    /** The question shown to approvers. */
    public String getMessage() {
        return settings.message();
    }

    /** The scan decided on. */
    public String getScanName() {
        return settings.scan();
    }

    /** Who may decide, as the step gave it. */
    public String getSubmitter() {
        return settings.submitter();
    }

    /** Who may decide, in words, for everyone who reads the build (submitters, permission, separation of duties). */
    public String getWhoMayDecide() {
        String who = settings.submitters().isEmpty() ? "users with the Baked Secrets/Approve permission on this job"
                : String.join(", ", settings.submitters()) + ", with the Baked Secrets/Approve permission";
        return settings.requireDistinctApprover() ? who + ", except whoever started the build or wrote its commits"
                : who;
    }

    /** Why the current user may not decide; empty when they may (the page then shows the decision form). */
    public String getRefusal() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        JenkinsFacade jenkins = new JenkinsFacade();
        return new ApproverCheck(jenkins, BakedSecretsConfiguration.get()).refusal(jenkins.authentication(), run,
                settings).orElse("");
    }

    /** The build, for links and the side panel. */
    public Run<?, ?> getRun() throws IOException, InterruptedException {
        return getContext().get(Run.class);
    }

    /** The findings the approver sees: every finding of the scan, redacted. */
    public List<FindingRow> getFindings() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        run.getParent().checkPermission(Item.READ);
        ScanReport report = scanOf(run).getReport();
        return report.findings().stream().map(f -> FindingRow.of(f, report.targets().get(f.target()))).toList();
    }

    /** Approves: POST only (with a crumb); the approver is the authenticated user, never a parameter. */
    @RequirePOST
    public HttpResponse doApprove(StaplerRequest2 req) throws IOException, InterruptedException {
        return decide(Approval.Decision.APPROVE, req.getParameter("justification"));
    }

    /** Rejects: POST only (with a crumb); the approver is the authenticated user, never a parameter. */
    @RequirePOST
    public HttpResponse doReject(StaplerRequest2 req) throws IOException, InterruptedException {
        return decide(Approval.Decision.REJECT, req.getParameter("justification"));
    }

    private HttpResponse decide(Approval.Decision decision, String justification)
            throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        JenkinsFacade jenkins = new JenkinsFacade();
        Authentication who = jenkins.authentication();
        Optional<String> refusal = new ApproverCheck(jenkins, BakedSecretsConfiguration.get())
                .refusal(who, run, settings);
        if (refusal.isPresent()) {
            return HttpResponses.errorWithoutStack(403, refusal.get());
        }
        String why = justification == null ? "" : justification.strip();
        if (why.isEmpty() || why.length() > MAX_JUSTIFICATION) {
            return HttpResponses.errorWithoutStack(400, "give a justification of 1 to " + MAX_JUSTIFICATION
                    + " characters");
        }
        synchronized (this) {
            if (settled) {
                return HttpResponses.errorWithoutStack(409, "this approval has already been decided");
            }
            settled = true;
        }
        settle(run, who.getName(), decision, why);
        return HttpResponses.redirectTo("../../");
    }

    /** Saves the decision on the build first, then resumes the step: a crash in between loses no record. */
    private void settle(Run<?, ?> run, String approver, Approval.Decision decision, String why)
            throws IOException, InterruptedException {
        List<ApprovalRecord> records = records(run, approver, decision, why);
        ApprovalsAction.of(run).settle(id, records);
        TaskListener listener = getContext().get(TaskListener.class);
        String verb = decision == Approval.Decision.APPROVE ? "approved" : "rejected";
        listener.getLogger().println("baked-secrets: promotion of scan " + settings.scan() + " " + verb + " by "
                + approver + ": " + why);
        if (decision == Approval.Decision.APPROVE) {
            getContext().onSuccess(result(records));
        } else {
            getContext().onFailure(new AbortException("promotion of scan " + settings.scan() + " was rejected by "
                    + approver + ": " + why));
        }
    }

    private List<ApprovalRecord> records(Run<?, ?> run, String approver, Approval.Decision decision, String why)
            throws IOException {
        ScanReport report = scanOf(run).getReport();
        TreeSet<String> shown = new TreeSet<>();
        report.findings().stream().map(Finding::findingId).forEach(shown::add);
        Instant now = Instant.now();
        List<ApprovalRecord> out = new ArrayList<>();
        for (ImageIdentity image : images(report)) {
            out.add(new ApprovalRecord(id, settings.scan(), new Approval(approver, now, decision, why, image, shown)));
        }
        return out;
    }

    private static List<ImageIdentity> images(ScanReport report) {
        List<ImageIdentity> out = new ArrayList<>();
        for (TargetInfo t : report.targets()) {
            ImageIdentity.of(t).ifPresent(out::add);
        }
        return out;
    }

    private ImageSecretsAction scanOf(Run<?, ?> run) throws AbortException {
        for (ImageSecretsAction a : run.getActions(ImageSecretsAction.class)) {
            if (a.getName().equals(settings.scan())) {
                return a;
            }
        }
        throw new AbortException("this build has no scan named " + settings.scan()
                + "; run scanImageSecrets before approveImagePromotion");
    }

    /** The step's return value: plain values only, as they enter the CPS program. */
    private static Map<String, Object> result(List<ApprovalRecord> records) {
        Map<String, Object> out = new LinkedHashMap<>();
        ApprovalRecord first = records.get(0);
        out.put("approver", first.getApprover());
        out.put("decision", first.getDecision());
        out.put("time", first.getTime());
        ArrayList<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.getImageId()));
        out.put("imageIds", ids);
        return out;
    }
}
