package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds scan reports for tests, with secret values generated per run that never enter the model. */
final class SampleReports {
    /** A path that tries to break out of HTML, script and URI contexts. */
    static final String HOSTILE_PATH = "/app/dir with space/#frag%20/</script><img src=x onerror=alert(1)>/ünï\u2028.env";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final FingerprintKey key = FingerprintKey.generate();
    private final List<String> secrets = new ArrayList<>();

    /** Every secret value used, to assert that none of them appears in any output. */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    String keyId() {
        return key.keyId();
    }

    /** A GitHub-token-shaped random value. */
    String newGithubToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder("ghp_");
        for (int i = 0; i < 36; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        secrets.add(b.toString());
        return b.toString();
    }

    /** An AWS-access-key-shaped random value. */
    String newAwsKey() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String value = "AKIA" + HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT);
        secrets.add(value);
        return value;
    }

    /** A finding as a detector would make it: only the preview and the keyed fingerprint survive. */
    Finding finding(String ruleId, String title, Severity severity, Location location, String secret,
                    Optional<Boolean> validated) {
        DetectedSecret d = new DetectedSecret(ruleId, title, severity, location, SecretDigest.of(secret),
                Redaction.preview(secret), validated);
        return Finding.of(d, 0, key);
    }

    static TargetInfo image(int layers) {
        List<LayerInfo> infos = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            infos.add(new LayerInfo(i, digest('a', i), digest('d', i),
                    "application/vnd.oci.image.layer.v1.tar+gzip", 1000L + i,
                    i == 1 ? Optional.empty() : Optional.of("RUN step " + i + " </script><b>x</b>")));
        }
        return new TargetInfo(TargetInfo.IMAGE, "docker-archive:app.tar:app:1.0", Optional.of(digest('c', 0)),
                Optional.of(digest('e', 0)), Optional.of("linux/amd64"), infos,
                Map.of("org.opencontainers.image.base.name", "debian:12"));
    }

    static String digest(char c, int i) {
        return "sha256:" + String.valueOf(c).repeat(62) + String.format("%02d", i);
    }

    static Location fileIn(int layer, String path, int line) {
        return Location.of(LocationKind.FILE).path(path).line(line)
                .layer(layer, digest('a', layer), digest('d', layer)).build();
    }

    /** A report with every location kind, optional parts both present and absent, and two coverage gaps. */
    ScanReport everyKind() {
        List<Finding> f = new ArrayList<>();
        f.add(finding("github-pat", "GitHub token", Severity.CRITICAL, fileIn(0, "/etc/app/config.yml", 3),
                newGithubToken(), Optional.of(true)));
        f.add(finding("aws-access-key", "AWS access key", Severity.HIGH,
                fileIn(0, "/root/.aws/credentials", 2).withHiding(true, false, 2), newAwsKey(), Optional.empty()));
        f.add(finding("aws-access-key", "AWS access key", Severity.HIGH,
                fileIn(1, "/srv/app.env", 1).withHiding(false, true, 2), newAwsKey(), Optional.of(false)));
        f.add(finding("github-pat", "GitHub token", Severity.MEDIUM,
                Location.of(LocationKind.FILE).path("/opt/lib/app.jar!/BOOT-INF/classes/application.properties")
                        .line(7).layer(1, digest('a', 1), digest('d', 1)).build(), newGithubToken(), Optional.empty()));
        f.add(finding("generic-secret", "Generic secret", Severity.LOW, fileIn(2, HOSTILE_PATH, 9),
                newGithubToken(), Optional.empty()));
        f.add(finding("private-key", "Private key", Severity.CRITICAL,
                Location.of(LocationKind.FILE).path("/keys/id_rsa").layer(2, digest('a', 2), digest('d', 2)).build(),
                newAwsKey(), Optional.empty()));
        f.add(finding("aws-access-key", "AWS access key", Severity.HIGH,
                Location.of(LocationKind.ENV).key("AWS_ACCESS_KEY_ID").build(), newAwsKey(), Optional.empty()));
        f.add(finding("github-pat", "GitHub token", Severity.HIGH,
                Location.of(LocationKind.LABEL).key("ci.token").build(), newGithubToken(), Optional.empty()));
        f.add(finding("github-pat", "GitHub token", Severity.HIGH,
                Location.of(LocationKind.HISTORY).historyIndex(4).key("TOKEN").build(), newGithubToken(),
                Optional.empty()));
        f.add(finding("generic-secret", "Generic secret", Severity.MEDIUM,
                Location.of(LocationKind.CONFIG).field("Entrypoint").build(), newGithubToken(), Optional.empty()));
        f.add(finding("github-pat", "GitHub token", Severity.INFO,
                Location.of(LocationKind.CI_ENV).key("GH_TOKEN").build(), newGithubToken(), Optional.empty()));
        f.add(finding("github-pat", "GitHub token", Severity.HIGH,
                Location.of(LocationKind.ATTESTATION).field("predicate.buildDefinition").build(), newGithubToken(),
                Optional.empty()));
        f.add(finding("anonymous-registry", "Registry serves image anonymously", Severity.INFO,
                Location.of(LocationKind.REGISTRY).key("registry.example.com").build(), newAwsKey(),
                Optional.empty()));
        List<CoverageGap> gaps = List.of(
                new CoverageGap(CoverageGap.Reason.SKIPPED_SIZE, 0, OptionalInt.of(1), Optional.of("/big.bin"),
                        "larger than 64 MiB"),
                new CoverageGap(CoverageGap.Reason.MISSING_LAYER, 0, OptionalInt.empty(), Optional.empty(),
                        "non-distributable layer"));
        return report(List.of(image(3), new TargetInfo(TargetInfo.CI_ENV, "ci", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Map.of())), gaps, f);
    }

    ScanReport report(List<TargetInfo> targets, List<CoverageGap> gaps, List<Finding> findings) {
        return new ScanReport(ScanReport.SCHEMA_VERSION, new ToolInfo("baked-secrets", "0.1.0", "2026.1"),
                key.keyId(), targets, gaps, findings);
    }

    /** A report of many file findings in three layers, with severities cycling. */
    ScanReport many(int count) {
        List<Finding> f = new ArrayList<>();
        Severity[] sev = Severity.values();
        for (int i = 0; i < count; i++) {
            String path = i % 97 == 0 ? HOSTILE_PATH + i : "/srv/app/file-" + i + ".env";
            Location l = fileIn(i % 3, path, 1 + i % 50);
            if (i % 11 == 0) {
                l = l.withHiding(true, false, 2);
            }
            String value = newGithubToken();
            secrets.remove(secrets.size() - 1); // keep the list small; these are checked by sampling below
            f.add(finding(i % 2 == 0 ? "github-pat" : "aws-access-key", i % 2 == 0 ? "GitHub token" : "AWS access key",
                    sev[i % sev.length], l, value, Optional.empty()));
        }
        return report(List.of(image(3)), List.of(), f);
    }
}
