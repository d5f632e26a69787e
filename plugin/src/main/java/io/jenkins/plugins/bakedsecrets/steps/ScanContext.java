package io.jenkins.plugins.bakedsecrets.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Objects;
import java.util.Set;

/**
 * Where a scan runs: the build, its workspace, its environment and the log.
 *
 * @param run the build
 * @param workspace the workspace, on the agent that runs the scan
 * @param environment the step's effective environment
 * @param sensitiveVariables names of variables Jenkins knows to hold secrets (bound credentials)
 * @param listener the build log
 */
public record ScanContext(Run<?, ?> run, FilePath workspace, EnvVars environment, Set<String> sensitiveVariables,
                          TaskListener listener) {
    /** Validates components. */
    public ScanContext {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(environment, "environment");
        sensitiveVariables = Set.copyOf(sensitiveVariables);
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String toString() {
        return "ScanContext[" + run.getExternalizableId() + "]";
    }
}
