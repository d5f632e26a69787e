package io.jenkins.plugins.bakedsecrets.governance;

import hudson.Extension;
import hudson.model.Cause;
import hudson.model.Run;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.replay.ReplayCause;

/**
 * A Pipeline replay re-runs an earlier build with a script the replaying user may have changed; the replaying user is
 * a starter through the replay's own user cause, and whoever started the original is one too.
 */
@Extension(optional = true)
public class PipelineReplay implements RerunCause {
    @Override
    public boolean knows(Cause cause) {
        return cause instanceof ReplayCause;
    }

    @Override
    public Optional<Run<?, ?>> rerunOf(Cause cause) {
        return cause instanceof ReplayCause replay ? Optional.ofNullable(replay.getOriginal()) : Optional.empty();
    }
}
