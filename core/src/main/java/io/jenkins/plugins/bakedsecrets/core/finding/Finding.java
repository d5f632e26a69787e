package io.jenkins.plugins.bakedsecrets.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One secret at one location of one scanned target, as reports carry it.
 *
 * @param ruleId stable rule id (public API: waivers, SARIF and REST use it)
 * @param title human title of the rule
 * @param severity how bad it is
 * @param target index into the report's targets
 * @param location where it is
 * @param secretFingerprint keyed fingerprint of the value: same secret, same fingerprint
 * @param findingId stable identity from rule, location kind, normalised path or key, and fingerprint
 * @param redacted a short preview, never more than a few characters of the value
 * @param validated result of offline validation, absent when the rule has none
 */
public record Finding(String ruleId, String title, Severity severity, int target, Location location,
                      String secretFingerprint, String findingId, String redacted, Optional<Boolean> validated) {
    /** Validates components. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(secretFingerprint, "secretFingerprint");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(redacted, "redacted");
        Objects.requireNonNull(validated, "validated");
        if (target < 0) {
            throw new IllegalArgumentException("target index must not be negative");
        }
    }

    /** Keys a detection into a finding of the given target. */
    public static Finding of(DetectedSecret detected, int target, FingerprintKey key) {
        String fingerprint = key.fingerprint(detected.digest());
        return new Finding(detected.ruleId(), detected.title(), detected.severity(), target, detected.location(),
                fingerprint, findingId(detected.ruleId(), detected.location(), fingerprint), detected.redacted(),
                detected.validated());
    }

    /**
     * The stable identity of a finding. Layer index and line are deliberately left out: they shift when unrelated
     * layers or lines change, and waivers and approvals must survive that.
     */
    public static String findingId(String ruleId, Location location, String fingerprint) {
        MessageDigest sha = SecretDigest.sha256();
        for (String part : new String[] {ruleId, location.kind().id(), location.identity(), fingerprint}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return "bs1:" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /**
     * This finding under a real key. Only findings made under {@link FingerprintKey#transport()} can be re-keyed: the
     * fingerprint and the finding ID are recomputed, everything else stays.
     */
    public Finding rekey(FingerprintKey key) {
        if (key.isTransport()) {
            throw new IllegalArgumentException("re-keying needs a real key");
        }
        String fingerprint = key.fingerprint(FingerprintKey.transportDigest(secretFingerprint));
        return new Finding(ruleId, title, severity, target, location, fingerprint,
                findingId(ruleId, location, fingerprint), redacted, validated);
    }

    /** This finding with a changed severity (for example after a policy or waiver adjustment). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, title, newSeverity, target, location, secretFingerprint, findingId, redacted,
                validated);
    }
}
