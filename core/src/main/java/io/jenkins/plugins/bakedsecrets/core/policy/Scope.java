package io.jenkins.plugins.bakedsecrets.core.policy;

/** Which findings a policy's thresholds apply to. */
public enum Scope {
    /** Only findings absent from the reference report (compared by finding id). */
    NEW,
    /** Every finding. */
    ALL
}
