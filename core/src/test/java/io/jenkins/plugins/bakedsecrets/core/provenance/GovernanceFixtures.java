package io.jenkins.plugins.bakedsecrets.core.provenance;

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
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds scan reports for governance tests. Secrets are random values in a real token format, generated per run,
 * digested at once and only ever kept as keyed fingerprints.
 */
public final class GovernanceFixtures {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final SecureRandom random = new SecureRandom();
    private final FingerprintKey key;

    /** Fixtures with a fresh fingerprint key. */
    public GovernanceFixtures() {
        this(FingerprintKey.generate());
    }

    /** Fixtures with the given fingerprint key. */
    public GovernanceFixtures(FingerprintKey key) {
        this.key = key;
    }

    /** A {@code sha256:} digest derived from a seed. */
    public static String sha(String seed) {
        return "sha256:" + HexFormat.of().formatHex(
                SecretDigest.sha256().digest(seed.getBytes(StandardCharsets.UTF_8)));
    }

    /** An image target with {@code layers} layers whose digests derive from {@code seed}. */
    public static TargetInfo image(String reference, int layers, String seed) {
        return imageWithLayers(reference, diffIds(layers, seed), seed, Map.of());
    }

    /** An image target with given diff IDs and annotations. */
    public static TargetInfo imageWithLayers(String reference, List<String> diffIds, String seed,
                                             Map<String, String> annotations) {
        List<LayerInfo> infos = new ArrayList<>();
        for (int i = 0; i < diffIds.size(); i++) {
            infos.add(new LayerInfo(i, sha(seed + "blob" + i), diffIds.get(i),
                    "application/vnd.oci.image.layer.v1.tar+gzip", 1000 + i, Optional.empty()));
        }
        return new TargetInfo(TargetInfo.IMAGE, reference, Optional.of(sha(seed + "config")),
                Optional.of(sha(seed + "manifest")), Optional.of("linux/amd64"), infos, annotations);
    }

    /** Diff IDs derived from a seed. */
    public static List<String> diffIds(int layers, String seed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            out.add(sha(seed + "diff" + i));
        }
        return out;
    }

    /** A fresh random secret in AWS access-key format, digested. */
    public SecretDigest secret() {
        StringBuilder b = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return SecretDigest.of(b);
    }

    /** A finding of a fresh secret in a file. */
    public Finding file(String rule, Severity severity, String path, int layer, int target) {
        return file(rule, severity, path, layer, target, secret());
    }

    /** A finding of the given secret in a file. */
    public Finding file(String rule, Severity severity, String path, int layer, int target, SecretDigest secret) {
        Location l = Location.of(LocationKind.FILE).path(path).layer(layer, sha("blob" + layer), sha("diff" + layer))
                .build();
        return finding(rule, severity, l, target, secret);
    }

    /** A finding of a fresh secret in a file deleted by a later layer. */
    public Finding deletedFile(String rule, Severity severity, String path, int layer, int deletedBy, int target) {
        Location l = Location.of(LocationKind.FILE).path(path).layer(layer, sha("blob" + layer), sha("diff" + layer))
                .deleted(true).hiddenBy(deletedBy).build();
        return finding(rule, severity, l, target, secret());
    }

    /** A finding of a fresh secret in an environment variable of the config. */
    public Finding env(String rule, Severity severity, String variable, int target) {
        return finding(rule, severity, Location.of(LocationKind.ENV).key(variable).build(), target, secret());
    }

    private Finding finding(String rule, Severity severity, Location l, int target, SecretDigest secret) {
        DetectedSecret d = new DetectedSecret(rule, rule + " title", severity, l, secret, Redaction.preview("AKIA"
                + "x".repeat(16)), Optional.empty());
        return Finding.of(d, target, key);
    }

    /** A report under this fixture's key. */
    public ScanReport report(List<TargetInfo> targets, List<Finding> findings, List<CoverageGap> gaps) {
        return new ScanReport(ScanReport.SCHEMA_VERSION, new ToolInfo("baked-secrets", "0.1.0", "1"), key.keyId(),
                targets, gaps, findings);
    }

    /** A one-image report with the given findings and no gaps. */
    public ScanReport report(TargetInfo target, Finding... findings) {
        return report(List.of(target), List.of(findings), List.of());
    }

    /** An approval of a target that saw the given findings. */
    public static Approval approve(String who, TargetInfo target, List<Finding> seen) {
        return decision(who, target, seen, Approval.Decision.APPROVE);
    }

    /** A decision on a target that saw the given findings. */
    public static Approval decision(String who, TargetInfo target, List<Finding> seen, Approval.Decision decision) {
        return new Approval(who, Instant.parse("2025-06-01T12:00:00Z"), decision, "reviewed by " + who,
                ImageIdentity.of(target).orElseThrow(),
                Set.copyOf(seen.stream().map(Finding::findingId).toList()));
    }
}
