package io.jenkins.plugins.bakedsecrets.core.finding;

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
 */
public record DetectedSecret(String ruleId, String title, Severity severity, Location location, SecretDigest digest,
                             String redacted, Optional<Boolean> validated) {
    /** Validates components. */
    public DetectedSecret {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(redacted, "redacted");
        Objects.requireNonNull(validated, "validated");
    }

    /** This detection at another location (for example once hiding by later layers is known). */
    public DetectedSecret withLocation(Location newLocation) {
        return new DetectedSecret(ruleId, title, severity, newLocation, digest, redacted, validated);
    }
}
