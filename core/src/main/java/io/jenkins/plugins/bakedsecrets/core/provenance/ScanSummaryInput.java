package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scan-summary predicate carries besides the report.
 *
 * @param report the scan report
 * @param reportDigest {@code sha256:<hex>} of the report file bytes, when written
 * @param ownership the image's owner, when recorded
 * @param approvals decisions recorded for the image
 * @param gateVerdict the gate verdict ({@code PASS}, {@code UNSTABLE}, {@code FAIL}), when a gate ran
 */
public record ScanSummaryInput(ScanReport report, Optional<String> reportDigest, Optional<Ownership> ownership,
                               List<Approval> approvals, Optional<String> gateVerdict) {
    /** Validates components. */
    public ScanSummaryInput {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportDigest, "reportDigest");
        reportDigest.ifPresent(Provenance::checkDigest);
        Objects.requireNonNull(ownership, "ownership");
        approvals = List.copyOf(approvals);
        Objects.requireNonNull(gateVerdict, "gateVerdict");
    }
}
