package io.jenkins.plugins.bakedsecrets.approval;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.steps.ScanOptions;
import java.util.Set;
import java.util.UUID;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code approveImagePromotion}: waits, like {@code input}, until an authorised person approves or
 * rejects promoting the images of a scan, having seen its findings; the decision is evidence for the gate.
 */
public class ApproveImagePromotionStep extends Step {
    private String scan = ScanOptions.DEFAULT_NAME;
    private String message = "Promote this image?";
    private String submitter = "";
    private boolean requireDistinctApprover = true;

    /** A step with defaults: the default scan, anyone with the permission, separation of duties on. */
    @DataBoundConstructor
    public ApproveImagePromotionStep() {
        // every parameter is optional
    }

    /** The scan whose images are decided on. */
    public String getScan() {
        return scan;
    }

    /** Sets the scan name. */
    @DataBoundSetter
    public void setScan(String scan) {
        this.scan = ScanOptions.nameOrDefault(scan);
    }

    /** The question shown to approvers. */
    public String getMessage() {
        return message;
    }

    /** Sets the question. */
    @DataBoundSetter
    public void setMessage(String message) {
        this.message = message == null || message.isBlank() ? "Promote this image?" : message.strip();
    }

    /** Comma-separated user ids and group names allowed to decide; blank for anyone with the permission. */
    public String getSubmitter() {
        return submitter;
    }

    /** Sets the submitters. */
    @DataBoundSetter
    public void setSubmitter(String submitter) {
        this.submitter = submitter == null ? "" : submitter.trim();
    }

    /** Whether the build's starter and commit authors are kept from deciding (default). */
    public boolean isRequireDistinctApprover() {
        return requireDistinctApprover;
    }

    /** Sets separation of duties. */
    @DataBoundSetter
    public void setRequireDistinctApprover(boolean requireDistinctApprover) {
        this.requireDistinctApprover = requireDistinctApprover;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String id = "approval-" + UUID.randomUUID().toString().substring(0, 8);
        return new ApprovalExecution(context, id,
                new ApprovalSettings(scan, message, submitter, requireDistinctApprover));
    }

    /** Registers the step as {@code approveImagePromotion}. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "approveImagePromotion";
        }

        @Override
        public String getDisplayName() {
            return Messages.ApproveImagePromotionStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
