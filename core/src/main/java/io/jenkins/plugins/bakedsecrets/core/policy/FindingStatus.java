package io.jenkins.plugins.bakedsecrets.core.policy;

/** What the gate made of one finding; declared from least to most resolved. */
public enum FindingStatus {
    /** Not in the reference report, not waived or approved. */
    NEW,
    /** Also in the reference report, not waived or approved. */
    OUTSTANDING,
    /** Covered by enough valid approvals of its image. */
    APPROVED,
    /** Suppressed by a valid waiver; still listed. */
    WAIVED
}
