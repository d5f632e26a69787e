package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.Optional;

/** The {@code --fail-on} threshold: a severity, or {@code none} to never fail on findings. */
record FailThreshold(Optional<Severity> severity) {
    static FailThreshold parse(String text) {
        if ("none".equalsIgnoreCase(text.trim())) {
            return new FailThreshold(Optional.empty());
        }
        return new FailThreshold(Optional.of(Severity.parse(text)));
    }

    /** True when a finding no waiver suppresses is at or above the threshold. */
    boolean isExceededBy(ScanReport report, Suppressions suppressions) {
        return severity.isPresent() && suppressions.unsuppressedAtLeast(report.findings(), severity.get()) > 0;
    }
}
