package io.jenkins.plugins.bakedsecrets.testutil;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.List;
import java.util.Optional;

/** Queries on reports for assertions: paths and variable names only, never values. */
public final class Reports {
    /** Rule id of known-secret findings. */
    public static final String KNOWN_SECRET = "known-secret";

    private Reports() {
    }

    /** In-image paths of findings, optionally of one rule, without a leading slash. */
    public static List<String> paths(ScanReport report, Optional<String> ruleId) {
        return report.findings().stream()
                .filter(f -> ruleId.map(f.ruleId()::equals).orElse(true))
                .map(Finding::location)
                .flatMap(l -> l.path().stream())
                .map(p -> p.startsWith("/") ? p.substring(1) : p)
                .toList();
    }

    /** Names of environment variables with findings in the CI environment target. */
    public static List<String> environmentKeys(ScanReport report) {
        return report.findings().stream()
                .filter(f -> TargetInfo.CI_ENV.equals(report.targets().get(f.target()).type()))
                .flatMap(f -> f.location().key().stream())
                .toList();
    }
}
