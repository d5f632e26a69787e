package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.Objects;

/**
 * A waiver that selects a finding but does not suppress it, because the policy limits waivers.
 *
 * @param waiver the waiver
 * @param reason why it does not count, such as {@code cannot suppress critical findings: ...}
 */
public record UncountedWaiver(Waiver waiver, String reason) {
    /** Validates components. */
    public UncountedWaiver {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(reason, "reason");
    }

    /** The sentence for reports: the waiver described, then the reason. */
    public String message() {
        return waiver.describe() + " " + reason;
    }
}
