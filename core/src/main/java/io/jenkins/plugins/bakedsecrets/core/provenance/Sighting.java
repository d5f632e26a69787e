package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One place a secret was seen: an image of a build, at a location.
 *
 * @param imageId image ID, empty for the CI environment
 * @param reference how the target was named
 * @param build build label, when known
 * @param scannedAt when the scan ran
 * @param findingId the finding
 * @param ruleId the rule that found it
 * @param inDeletedLayer the file is deleted or overwritten by a later layer (it still ships)
 * @param foundAfterRotation the scan is newer than the secret's rotation mark
 */
public record Sighting(Optional<String> imageId, String reference, Optional<String> build, Instant scannedAt,
                       String findingId, String ruleId, boolean inDeletedLayer, boolean foundAfterRotation) {
    /** Validates components. */
    public Sighting {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
