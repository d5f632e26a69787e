package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.report.FindingAnnotation;
import io.jenkins.plugins.bakedsecrets.core.report.FindingStatus;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports for the findings panel's browser tests: many findings with the long paths real images have (Python and
 * Node packages, a Jenkins workspace with one very long directory name), hostile paths, environment variables, some
 * waived; and a report of a clean image. Secret values are generated and never leave this class.
 */
final class PanelTestReports {
    static final String HOSTILE = "/srv/</script><img src=x onerror=alert(1)>/app.env";
    static final String LONG_SEGMENT = "payments-service_feature_JIRA-1234-rotate-credentials-for-the-production-database";
    static final int WAIVED_EVERY = 1000;
    private static final Severity[] SEVERITIES = Severity.values();
    /** Rule ids and titles, the two longest of the built-in rules among them. */
    private static final String[][] RULES = {{"github-pat", "GitHub token"},
        {"onepassword-service-account-token", "1Password service account token"},
        {"azure-storage-connection-string", "Azure Storage connection string"}, {"github-pat", "GitHub token"}};

    private PanelTestReports() {
    }

    /** The in-image path of the i-th file finding. */
    static String path(int i) {
        return switch (i % 10) {
            case 1 -> "/home/jenkins/agent/workspace/" + LONG_SEGMENT + "/config/application-" + i + ".properties";
            case 3 -> "/usr/lib/python3.11/site-packages/botocore/data/secretsmanager/2017-10-17/examples-" + i
                    + ".json";
            case 5 -> "/opt/app/node_modules/@aws-sdk/client-secrets-manager/dist-cjs/commands/GetSecretValue-" + i
                    + ".js";
            default -> i % 500 == 0 ? HOSTILE + i : "/srv/app/f" + i + ".env";
        };
    }

    /** Whether the i-th finding is an image environment variable rather than a file. */
    static boolean isEnv(int i) {
        return i % 10 == 9;
    }

    /**
     * {@code count} findings: every tenth an environment variable, every seventh file deleted by layer 2, half of them
     * {@code github-pat}.
     */
    static ScanReport many(int count) {
        FingerprintKey key = FingerprintKey.generate();
        SecureRandom random = new SecureRandom();
        List<LayerInfo> layers = List.of(layer(0), layer(1), layer(2));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = "ghp_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "x".repeat(20);
            Location.Builder location = isEnv(i) ? Location.of(LocationKind.ENV).key("TOKEN_" + i)
                    : Location.of(LocationKind.FILE).path(path(i)).line(1 + i % 40)
                    .layer(i % 3, layers.get(i % 3).digest(), layers.get(i % 3).diffId());
            if (i % 7 == 0 && !isEnv(i)) {
                location.deleted(true).hiddenBy(2);
            }
            Location l = location.build();
            String fingerprint = key.fingerprint(SecretDigest.of(value));
            String[] rule = RULES[i % RULES.length];
            findings.add(new Finding(rule[0], rule[1], SEVERITIES[i % SEVERITIES.length], 0, l, fingerprint,
                    Finding.findingId(rule[0], l, fingerprint), Redaction.preview(value), Optional.empty()));
        }
        return report(key, layers, findings);
    }

    /** A report of an image in which nothing was found. */
    static ScanReport clean() {
        return report(FingerprintKey.generate(), List.of(layer(0)), List.of());
    }

    /** Owner, approval and gate, every {@value #WAIVED_EVERY}th finding waived and the second one new. */
    static ReportAnnotations annotations(ScanReport report) {
        ReportAnnotations.Builder b = ReportAnnotations.builder().owner("team-a").approvalState("pending")
                .gate("FAILED", List.of("critical findings present"));
        for (int i = 0; i < report.findings().size(); i += WAIVED_EVERY) {
            b.finding(report.findings().get(i).findingId(), FindingAnnotation.of(FindingStatus.WAIVED));
        }
        if (report.findings().size() > 1) {
            b.finding(report.findings().get(1).findingId(), FindingAnnotation.of(FindingStatus.NEW));
        }
        return b.build();
    }

    private static ScanReport report(FingerprintKey key, List<LayerInfo> layers, List<Finding> findings) {
        TargetInfo target = new TargetInfo(TargetInfo.IMAGE, "registry.example.com/app:1.0",
                Optional.of("sha256:" + "c".repeat(64)), Optional.empty(), Optional.of("linux/amd64"), layers,
                Map.of());
        return new ScanReport(ScanReport.SCHEMA_VERSION, new ToolInfo("baked-secrets", "0.1.0", "1"), key.keyId(),
                List.of(target), List.of(), findings);
    }

    private static LayerInfo layer(int i) {
        return new LayerInfo(i, "sha256:" + String.valueOf((char) ('a' + i)).repeat(64),
                "sha256:" + String.valueOf((char) ('d' + i)).repeat(64), "application/vnd.oci.image.layer.v1.tar",
                100, Optional.of("RUN make layer " + i + " <img src=x onerror=alert(2)>"));
    }
}
