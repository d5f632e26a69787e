package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a report's findings compare with a reference report's, by finding id.
 *
 * @param newFindings findings absent from the reference
 * @param outstanding findings present in both
 * @param fixed reference findings no longer present (one per finding id)
 * @param warning why the reports could not be compared, when they could not
 */
public record FindingDiff(List<Finding> newFindings, List<Finding> outstanding, List<Finding> fixed,
                          Optional<String> warning) {
    /** Copies components. */
    public FindingDiff {
        newFindings = List.copyOf(newFindings);
        outstanding = List.copyOf(outstanding);
        fixed = List.copyOf(fixed);
        Objects.requireNonNull(warning, "warning");
    }

    /**
     * Splits {@code current}'s findings into new and outstanding, and lists the fixed ones. Reports made under
     * different fingerprint keys have incomparable finding ids: then every finding is new and a warning says why.
     */
    public static FindingDiff between(ScanReport current, ScanReport reference) {
        if (!current.keyId().equals(reference.keyId())) {
            return new FindingDiff(current.findings(), List.of(), List.of(), Optional.of("the reference report uses"
                    + " fingerprint key " + reference.keyId() + " but this report uses " + current.keyId()
                    + ", so findings cannot be compared and all count as new"));
        }
        Set<String> before = ids(reference.findings());
        Set<String> now = ids(current.findings());
        List<Finding> added = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : current.findings()) {
            (before.contains(f.findingId()) ? kept : added).add(f);
        }
        List<Finding> gone = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : reference.findings()) {
            if (!now.contains(f.findingId()) && seen.add(f.findingId())) {
                gone.add(f);
            }
        }
        return new FindingDiff(added, kept, gone, Optional.empty());
    }

    private static Set<String> ids(List<Finding> findings) {
        Set<String> out = new LinkedHashSet<>();
        findings.forEach(f -> out.add(f.findingId()));
        return out;
    }
}
