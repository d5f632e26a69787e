package io.jenkins.plugins.bakedsecrets.cli;

/** Exit codes of every command; documented in README.md and the command help. */
final class ExitCodes {
    /** Nothing at or above the threshold (scan), or the gate passed. */
    static final int OK = 0;
    /** Findings at or above the threshold (scan), or the gate failed. */
    static final int FINDINGS = 1;
    /** Usage error, bad input, digest mismatch or internal failure: never 1, so a broken scan never looks like a finding. */
    static final int ERROR = 2;
    /** The gate decided "unstable". */
    static final int UNSTABLE = 3;

    private ExitCodes() {
    }
}
