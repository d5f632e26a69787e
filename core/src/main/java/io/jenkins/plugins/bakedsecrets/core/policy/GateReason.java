package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.Objects;

/**
 * One sentence explaining a gate decision, for a release manager.
 *
 * @param level how much it weighs
 * @param clause the policy clause or check behind it, such as {@code failOn.critical} or {@code approvals}
 * @param message the sentence
 */
public record GateReason(Level level, String clause, String message) {
    /** Validates components. */
    public GateReason {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
    }

    /** How much a reason weighs; declared from heaviest to lightest, the order in which reasons are listed. */
    public enum Level {
        /** Fails the gate. */
        FAIL,
        /** Makes the gate unstable. */
        UNSTABLE,
        /** Worth attention; does not change the verdict. */
        WARNING,
        /** Context. */
        INFO
    }
}
