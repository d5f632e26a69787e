package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import java.util.List;
import java.util.Objects;

/**
 * The result of one scan: what was scanned, what was not, and what was found. This is the contract documented by
 * {@code docs/report-schema.json}; report writers render it and readers parse it back.
 *
 * @param schemaVersion version of the report format
 * @param tool the tool that made it
 * @param keyId id of the fingerprint key; fingerprints of reports with different key ids are never compared
 * @param targets what was scanned
 * @param coverage what was not scanned, and why
 * @param findings what was found
 */
public record ScanReport(int schemaVersion, ToolInfo tool, String keyId, List<TargetInfo> targets,
                         List<CoverageGap> coverage, List<Finding> findings) {
    /** The version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Validates components. */
    public ScanReport {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(keyId, "keyId");
        targets = List.copyOf(targets);
        coverage = List.copyOf(coverage);
        findings = List.copyOf(findings);
        for (Finding f : findings) {
            if (f.target() >= targets.size()) {
                throw new IllegalArgumentException("finding " + f.findingId() + " names target " + f.target()
                        + " but the report has " + targets.size());
            }
        }
    }

    /**
     * This report re-keyed: a report made under {@link FingerprintKey#transport()} (on a Jenkins agent) becomes one
     * under the controller's key.
     */
    public ScanReport rekey(FingerprintKey key) {
        if (!FingerprintKey.TRANSPORT_KEY_ID.equals(keyId)) {
            throw new IllegalStateException("only a transport report can be re-keyed; this one has key " + keyId);
        }
        return new ScanReport(schemaVersion, tool, key.keyId(), targets, coverage,
                findings.stream().map(f -> f.rekey(key)).toList());
    }

    /** Counts derived from findings and coverage. */
    public Summary summary() {
        return Summary.of(findings, coverage);
    }
}
