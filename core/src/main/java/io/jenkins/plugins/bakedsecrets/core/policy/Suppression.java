package io.jenkins.plugins.bakedsecrets.core.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a finding is suppressed: the valid waiver that covers it. It holds the waiver's own words, never a secret.
 *
 * @param justification why the finding is acceptable
 * @param owner who answers for the waiver
 * @param expires last day the waiver suppresses (UTC)
 * @param origin where the waiver was written, such as {@code .baked-secrets.yaml:12:5}
 * @param selector what the waiver selects, as {@link Waiver#selector()} describes it
 */
public record Suppression(String justification, String owner, LocalDate expires, String origin, String selector) {
    /** The kind of every suppression today; reports write it so that other kinds can be added later. */
    public static final String KIND_WAIVER = "waiver";

    /** Validates components. */
    public Suppression {
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(selector, "selector");
    }

    /** The suppression a valid waiver gives. */
    public static Suppression of(Waiver waiver) {
        return new Suppression(waiver.justification(), waiver.owner(), waiver.expires(), waiver.origin(),
                waiver.selector());
    }

    /** A short mark for listings, such as {@code waived until 2026-12-31 by alice}. */
    public String mark() {
        return "waived until " + expires + " by " + owner;
    }

    /** The mark with the justification, such as {@code waived until 2026-12-31 by alice: test fixture}. */
    public String describe() {
        return mark() + ": " + justification;
    }
}
