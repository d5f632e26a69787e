package io.jenkins.plugins.bakedsecrets.governance;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import java.util.List;
import java.util.StringJoiner;

/** Turns a stored gate decision into the build's result, the same way for the step and the publisher. */
public final class GateOutcome {
    private GateOutcome() {
    }

    /** The result the verdict asks for: {@code SUCCESS}, {@code UNSTABLE} or {@code FAILURE}. */
    public static Result result(GateAction action) {
        return switch (action.getVerdict()) {
            case "PASS" -> Result.SUCCESS;
            case "UNSTABLE" -> Result.UNSTABLE;
            default -> Result.FAILURE;
        };
    }

    /** One line per reason of the given level, for a failure or warning message. */
    public static String message(GateAction action, GateReason.Level level) {
        List<GateReasonRow> rows = action.reasons(level);
        StringJoiner joined = new StringJoiner("; ", "baked-secrets gate " + action.getVerdict().toLowerCase(
                java.util.Locale.ROOT) + ": ", "");
        rows.forEach(r -> joined.add(r.describe()));
        return rows.isEmpty() ? "baked-secrets gate " + action.getVerdict() : joined.toString();
    }

    /**
     * Applies the verdict: fail throws when {@code stopOnFailure}, else marks the build failed; unstable marks it
     * unstable; pass leaves it. Returns the result set, for a stage warning.
     */
    public static Result apply(Run<?, ?> run, GateAction action, boolean stopOnFailure) throws AbortException {
        Result result = result(action);
        if (result == Result.FAILURE && stopOnFailure) {
            throw new AbortException(message(action, GateReason.Level.FAIL));
        }
        if (result != Result.SUCCESS) {
            run.setResult(result);
        }
        return result;
    }
}
