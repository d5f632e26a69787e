package io.jenkins.plugins.bakedsecrets.governance;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The gate as a post-build action of freestyle jobs: the same evaluation as {@code imageSecretsGate}, setting the
 * build result. Its symbol differs from the Pipeline step's function name so the snippet generator tells them apart.
 */
public class ImageSecretsGatePublisher extends Recorder implements SimpleBuildStep {
    private String policy = "";
    private String policyFile = "";
    private String waivers = "";
    /** A wrapper, so that XML saved without it (it defaults to true) can be told from XML that says false. */
    private Boolean stopOnFailure = Boolean.TRUE;

    /** A gate under the baseline policy alone. */
    @DataBoundConstructor
    public ImageSecretsGatePublisher() {
        // every parameter is optional
    }

    /**
     * XStream fills no field initialiser: fields missing from a job's XML (created over REST, from a template, or
     * saved before the field existed) come back null and get their defaults here.
     */
    protected Object readResolve() {
        policy = policy == null ? "" : policy;
        policyFile = policyFile == null ? "" : policyFile.trim();
        waivers = waivers == null ? "" : waivers.trim();
        stopOnFailure = stopOnFailure == null ? Boolean.TRUE : stopOnFailure;
        return this;
    }

    /** The job's policy as YAML text. */
    public String getPolicy() {
        return policy;
    }

    /** Sets the job policy text. */
    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = policy == null ? "" : policy;
    }

    /** A workspace file with the job's policy. */
    public String getPolicyFile() {
        return policyFile;
    }

    /** Sets the job policy file. */
    @DataBoundSetter
    public void setPolicyFile(String policyFile) {
        this.policyFile = policyFile == null ? "" : policyFile.trim();
    }

    /** A workspace file of waivers. */
    public String getWaivers() {
        return waivers;
    }

    /** Sets the waivers file. */
    @DataBoundSetter
    public void setWaivers(String waivers) {
        this.waivers = waivers == null ? "" : waivers.trim();
    }

    /** Whether a failing gate aborts the step with the reasons (default) or only sets the result. */
    public boolean isStopOnFailure() {
        return !Boolean.FALSE.equals(stopOnFailure);
    }

    /** Sets whether a failing gate aborts the step. */
    @DataBoundSetter
    public void setStopOnFailure(boolean stopOnFailure) {
        this.stopOnFailure = stopOnFailure;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        GateAction action = new GateRunner().run(run, GateFiles.request(workspace, policy, policyFile, waivers),
                listener);
        GateOutcome.apply(run, action, isStopOnFailure());
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** Registers the publisher as {@code imageSecretsGatePublisher}. */
    @Extension
    @Symbol("imageSecretsGatePublisher")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.ImageSecretsGatePublisher_DisplayName();
        }
    }
}
