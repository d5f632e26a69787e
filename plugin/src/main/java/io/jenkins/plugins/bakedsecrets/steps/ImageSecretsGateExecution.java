package io.jenkins.plugins.bakedsecrets.steps;

import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import io.jenkins.plugins.bakedsecrets.governance.GateAction;
import io.jenkins.plugins.bakedsecrets.governance.GateFiles;
import io.jenkins.plugins.bakedsecrets.governance.GateOutcome;
import io.jenkins.plugins.bakedsecrets.governance.GateRunner;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs {@code imageSecretsGate} off the CPS VM thread; an unstable or non-stopping failed verdict marks the step's
 * node with a {@link WarningAction} so stage views show where the build was marked.
 */
class ImageSecretsGateExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String policy;
    private final String policyFile;
    private final String waivers;
    private final boolean stopOnFailure;

    ImageSecretsGateExecution(StepContext context, String policy, String policyFile, String waivers,
                              boolean stopOnFailure) {
        super(context);
        this.policy = policy;
        this.policyFile = policyFile;
        this.waivers = waivers;
        this.stopOnFailure = stopOnFailure;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        FilePath workspace = context.get(FilePath.class);
        GateAction action = new GateRunner().run(run, GateFiles.request(workspace, policy, policyFile, waivers),
                listener);
        Result result = GateOutcome.apply(run, action, stopOnFailure);
        if (result != Result.SUCCESS) {
            FlowNode node = context.get(FlowNode.class);
            if (node != null) {
                GateReason.Level level = result == Result.UNSTABLE ? GateReason.Level.UNSTABLE
                        : GateReason.Level.FAIL;
                node.addOrReplaceAction(new WarningAction(result).withMessage(GateOutcome.message(action, level)));
            }
        }
        return action.toMap();
    }
}
