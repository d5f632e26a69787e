package io.jenkins.plugins.bakedsecrets.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code imageSecretsGate}: evaluates the governance gate over the build's scans, ownership, approvals
 * and waivers, under the administrator's baseline tightened by the job's policy; returns the decision as a map.
 */
public class ImageSecretsGateStep extends Step {
    private String policy = "";
    private String policyFile = "";
    private String waivers = "";
    private boolean stopOnFailure = true;

    /** A gate under the baseline policy alone. */
    @DataBoundConstructor
    public ImageSecretsGateStep() {
        // every parameter is optional
    }

    /** The job's policy as YAML text; it can only tighten the baseline. */
    public String getPolicy() {
        return policy;
    }

    /** Sets the job policy text. */
    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = policy == null ? "" : policy;
    }

    /** A workspace file holding the job's policy, used when {@code policy} is blank. */
    public String getPolicyFile() {
        return policyFile;
    }

    /** Sets the job policy file. */
    @DataBoundSetter
    public void setPolicyFile(String policyFile) {
        this.policyFile = policyFile == null ? "" : policyFile.trim();
    }

    /** A workspace file of waivers ({@code docs/policy.md}). */
    public String getWaivers() {
        return waivers;
    }

    /** Sets the waivers file. */
    @DataBoundSetter
    public void setWaivers(String waivers) {
        this.waivers = waivers == null ? "" : waivers.trim();
    }

    /** Whether a failing gate stops the Pipeline (default) or only marks the build failed. */
    public boolean isStopOnFailure() {
        return stopOnFailure;
    }

    /** Sets whether a failing gate stops the Pipeline. */
    @DataBoundSetter
    public void setStopOnFailure(boolean stopOnFailure) {
        this.stopOnFailure = stopOnFailure;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new ImageSecretsGateExecution(context, policy, policyFile, waivers, stopOnFailure);
    }

    /** Registers the step as {@code imageSecretsGate}. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "imageSecretsGate";
        }

        @Override
        public String getDisplayName() {
            return Messages.ImageSecretsGateStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
