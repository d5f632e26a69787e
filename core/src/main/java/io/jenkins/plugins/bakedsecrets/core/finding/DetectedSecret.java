package io.jenkins.plugins.bakedsecrets.core.finding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a detector reports before the secret is keyed: the rule, where, an unkeyed digest of the value and a redacted
 * preview. The raw value never reaches this record.
 *
 * @param ruleId stable id of the rule that matched
 * @param title human title of the rule
 * @param severity severity, after any validation adjustment
 * @param location where the secret is
 * @param digest unkeyed digest of the value, kept in memory only
 * @param redacted a short preview
 * @param validated result of offline validation, absent when the rule has no validator
 * @param statedExpiry the expiry the token itself states (JWT {@code exp}, SAS {@code se}), when it states one; the
 *     title and severity already say whether it had passed at detection time, and a stored result of a layer
 *     becomes stale when it passes later
 */
public record DetectedSecret(String ruleId, String title, Severity severity, Location location, SecretDigest digest,
                             String redacted, Optional<Boolean> validated, Optional<Instant> statedExpiry) {
    /** Validates components. */
    public DetectedSecret {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(redacted, "redacted");
        Objects.requireNonNull(validated, "validated");
        Objects.requireNonNull(statedExpiry, "statedExpiry");
    }

    /** A detection of a secret that states no expiry. */
    public DetectedSecret(String ruleId, String title, Severity severity, Location location, SecretDigest digest,
                          String redacted, Optional<Boolean> validated) {
        this(ruleId, title, severity, location, digest, redacted, validated, Optional.empty());
    }

    /** This detection at another location (for example once hiding by later layers is known). */
    public DetectedSecret withLocation(Location newLocation) {
        return new DetectedSecret(ruleId, title, severity, newLocation, digest, redacted, validated, statedExpiry);
    }

    /** This detection with another title and severity (for example marked as third-party content). */
    public DetectedSecret withTitle(String newTitle, Severity newSeverity) {
        return new DetectedSecret(ruleId, newTitle, newSeverity, location, digest, redacted, validated, statedExpiry);
    }
}
