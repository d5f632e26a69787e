package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Adds the "found elsewhere" page to builds that have scans. */
@Extension
public class BuildExposureActionFactory extends TransientActionFactory<Run> {
    @Override
    public Class<Run> type() {
        return Run.class;
    }

    /**
     * Only lookups of this action type call {@link #createFor}: without it every {@code getActions(X.class)} on a build
     * would run this factory, and its own {@code getActions} lookup would recurse without end.
     */
    @Override
    public Class<BuildExposureAction> actionType() {
        return BuildExposureAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(Run target) {
        Run<?, ?> run = target;
        return run.getActions(ImageSecretsAction.class).isEmpty() ? List.of() : List.of(new BuildExposureAction(run));
    }
}
