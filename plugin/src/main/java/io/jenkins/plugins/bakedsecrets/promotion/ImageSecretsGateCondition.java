package io.jenkins.plugins.bakedsecrets.promotion;

import hudson.Extension;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.plugins.promoted_builds.PromotionBadge;
import hudson.plugins.promoted_builds.PromotionCondition;
import hudson.plugins.promoted_builds.PromotionConditionDescriptor;
import hudson.plugins.promoted_builds.PromotionProcess;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.governance.GateAction;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.export.Exported;

/**
 * Promoted Builds condition "baked secrets gate passed": met when the build's last gate verdict is pass (or unstable,
 * when allowed). Only loaded when Promoted Builds is installed: the descriptor is an optional extension.
 */
public class ImageSecretsGateCondition extends PromotionCondition {
    private boolean allowUnstable;

    /** A condition that needs a passing gate. */
    @DataBoundConstructor
    public ImageSecretsGateCondition() {
        // allowUnstable defaults to false
    }

    /** Whether an unstable verdict also allows promotion. */
    public boolean isAllowUnstable() {
        return allowUnstable;
    }

    /** Sets whether an unstable verdict also allows promotion. */
    @DataBoundSetter
    public void setAllowUnstable(boolean allowUnstable) {
        this.allowUnstable = allowUnstable;
    }

    @Override
    public PromotionBadge isMet(PromotionProcess process, AbstractBuild<?, ?> build) {
        GateAction gate = build.getAction(GateAction.class);
        if (gate == null) {
            return null;
        }
        boolean met = "PASS".equals(gate.getVerdict()) || allowUnstable && "UNSTABLE".equals(gate.getVerdict());
        return met ? new Badge(gate.getVerdict()) : null;
    }

    /** Records the verdict that allowed the promotion. */
    public static final class Badge extends PromotionBadge {
        private final String verdict;

        Badge(String verdict) {
            this.verdict = verdict;
        }

        /** The gate verdict. */
        @Exported
        public String getVerdict() {
            return verdict;
        }
    }

    /** Registered only when Promoted Builds is installed. */
    @Extension(optional = true)
    public static final class DescriptorImpl extends PromotionConditionDescriptor {
        /** Creates the descriptor. */
        public DescriptorImpl() {
            super(ImageSecretsGateCondition.class);
        }

        @Override
        public boolean isApplicable(AbstractProject<?, ?> item) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.ImageSecretsGateCondition_DisplayName();
        }
    }
}
