package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns detections into report findings: one finding per secret per location (the most specific, most severe rule
 * wins when several match the same value), keyed fingerprints, and a stable order.
 */
final class FindingAssembler {
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::target)
            .thenComparing(Finding::severity)
            .thenComparingInt(f -> f.location().layerIndex().orElse(-1))
            .thenComparing(f -> f.location().kind())
            .thenComparing(f -> f.location().identity())
            .thenComparingInt(f -> f.location().line().orElse(0))
            .thenComparing(Finding::ruleId);

    private final FingerprintKey key;
    private final Map<Slot, Candidate> best = new LinkedHashMap<>();

    FindingAssembler(FingerprintKey key) {
        this.key = key;
    }

    void add(int target, DetectedSecret detected) {
        Slot slot = Slot.of(target, detected);
        best.merge(slot, new Candidate(target, detected), Candidate::better);
    }

    /** Whether anything was found in the given target so far. */
    boolean hasFindings(int target) {
        return best.keySet().stream().anyMatch(slot -> slot.target() == target);
    }

    List<Finding> findings() {
        List<Finding> result = new ArrayList<>();
        for (Candidate c : best.values()) {
            result.add(Finding.of(c.detected, c.target, key));
        }
        result.sort(ORDER);
        return result;
    }

    /**
     * Where a secret sits, coarse enough that two rules matching one value collapse into one finding. The line is
     * left out (the same secret twice in one file is one finding, at its first line); for history lines the key is
     * left out, because the whole line and its parsed build arguments are both scanned.
     */
    private record Slot(int target, LocationKind kind, int layer, int history, String identity, SecretDigest digest) {
        static Slot of(int target, DetectedSecret d) {
            Location l = d.location();
            String identity = l.kind() == LocationKind.HISTORY ? "" : l.identity();
            return new Slot(target, l.kind(), l.layerIndex().orElse(-1), l.historyIndex().orElse(-1), identity,
                    d.digest());
        }
    }

    private record Candidate(int target, DetectedSecret detected) {
        Candidate better(Candidate other) {
            return score(other.detected) > score(detected) ? other : this;
        }

        /** Worse severity first, then a named key over none, then a specific rule over a generic one, then earlier line. */
        private static long score(DetectedSecret d) {
            long severity = (long) (10 - d.severity().ordinal()) << 40;
            long keyed = d.location().key().isPresent() ? 1L << 39 : 0;
            long specific = d.ruleId().startsWith("generic") ? 0 : 1L << 38;
            long line = (1L << 31) - d.location().line().orElse(0);
            return severity | keyed | specific | line;
        }
    }
}
