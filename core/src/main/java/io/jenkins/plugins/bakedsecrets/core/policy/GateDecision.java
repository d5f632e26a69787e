package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.provenance.Attribution;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a gate: a verdict, the reasons (heaviest first), and what became of each finding.
 *
 * @param verdict pass, unstable or fail
 * @param reasons sentences explaining the verdict, heaviest first
 * @param statuses finding id to status, in report order
 * @param attribution finding id to whose layer it sits in, in report order
 */
public record GateDecision(Verdict verdict, List<GateReason> reasons, Map<String, FindingStatus> statuses,
                           Map<String, Attribution> attribution) {
    /** Validates and copies components. */
    public GateDecision {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        attribution = Collections.unmodifiableMap(new LinkedHashMap<>(attribution));
    }

    /** The reason sentences, heaviest first. */
    public List<String> messages() {
        return reasons.stream().map(GateReason::message).toList();
    }

    /** The reasons of one level. */
    public List<GateReason> reasons(GateReason.Level level) {
        return reasons.stream().filter(r -> r.level() == level).toList();
    }
}
