package io.jenkins.plugins.bakedsecrets.core.policy;

/** What a coverage gap (something not scanned) does to the verdict; declared from mildest to strictest. */
public enum GapHandling {
    /** Gaps are not mentioned. */
    IGNORE,
    /** Gaps are listed as warnings; the verdict is unchanged. */
    WARN,
    /** Any gap fails the gate. */
    FAIL
}
