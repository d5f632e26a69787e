package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a report, derived from its findings and coverage.
 *
 * @param total number of findings
 * @param bySeverity findings per severity (every severity present, zero when none)
 * @param coverageGaps number of coverage gaps
 */
public record Summary(int total, Map<Severity, Integer> bySeverity, int coverageGaps) {
    /** Copies the map. */
    public Summary {
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    }

    /** Computes the summary of findings and gaps. */
    public static Summary of(List<Finding> findings, List<CoverageGap> gaps) {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return new Summary(findings.size(), counts, gaps.size());
    }

    /** Number of findings at or above a severity. */
    public int atLeast(Severity threshold) {
        int n = 0;
        for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
            if (e.getKey().isAtLeast(threshold)) {
                n += e.getValue();
            }
        }
        return n;
    }
}
