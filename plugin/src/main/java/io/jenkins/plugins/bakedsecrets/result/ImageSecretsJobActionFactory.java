package io.jenkins.plugins.bakedsecrets.result;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the trend action to jobs whose latest completed build has a scan. Unlike
 * {@code SimpleBuildStep.LastBuildAction} this also works when the scan failed the build, which is when the trend
 * matters most.
 */
@Extension
@SuppressWarnings("rawtypes")
public class ImageSecretsJobActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    /** Only lookups of the trend action load the last build; other action lookups of every job stay cheap. */
    @Override
    public Class<ImageSecretsJobAction> actionType() {
        return ImageSecretsJobAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(Job target) {
        Run<?, ?> last = target.getLastCompletedBuild();
        if (last == null || last.getAction(ImageSecretsAction.class) == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Job<?, ?> job = (Job<?, ?>) target;
        return List.of(new ImageSecretsJobAction(job));
    }
}
