package io.jenkins.plugins.bakedsecrets.governance;

import hudson.ExtensionPoint;
import hudson.model.Cause;
import hudson.model.Run;
import java.util.Optional;

/**
 * A kind of cause, from another plugin, by which a build re-runs an earlier one (a Pipeline replay). Separation of
 * duties then also excludes whoever started the earlier build. Implementations are optional extensions, loaded only
 * when the plugin that defines the cause is installed.
 */
public interface RerunCause extends ExtensionPoint {
    /** Whether this extension knows the kind of {@code cause}. */
    boolean knows(Cause cause);

    /** The build {@code cause} re-runs, when this extension knows the cause and the build still exists. */
    Optional<Run<?, ?>> rerunOf(Cause cause);
}
