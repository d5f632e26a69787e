package io.jenkins.plugins.bakedsecrets.governance;

import java.util.Objects;
import java.util.Optional;

/**
 * What a gate step or publisher asks for.
 *
 * @param policySource where the job policy came from, for messages
 * @param jobPolicy the job's policy text, when it has one; it can only tighten the baseline
 * @param waiversSource where the waivers came from, for messages
 * @param waivers the waivers file content, when given
 */
public record GateRequest(String policySource, Optional<String> jobPolicy, String waiversSource,
                          Optional<byte[]> waivers) {
    /** Validates components. */
    public GateRequest {
        Objects.requireNonNull(policySource, "policySource");
        Objects.requireNonNull(jobPolicy, "jobPolicy");
        Objects.requireNonNull(waiversSource, "waiversSource");
        Objects.requireNonNull(waivers, "waivers");
    }
}
