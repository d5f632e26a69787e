package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everywhere one secret (by fingerprint) was seen, and whether it was rotated.
 *
 * @param fingerprint keyed fingerprint of the secret
 * @param sightings every image and build carrying it, oldest scan first
 * @param rotation the latest rotation mark, when the secret was rotated
 */
public record Exposure(String fingerprint, List<Sighting> sightings, Optional<RotationMark> rotation) {
    /** Validates components. */
    public Exposure {
        Objects.requireNonNull(fingerprint, "fingerprint");
        sightings = List.copyOf(sightings);
        Objects.requireNonNull(rotation, "rotation");
    }

    /** True when some scan newer than the rotation mark still found the secret. */
    public boolean foundAfterRotation() {
        return sightings.stream().anyMatch(Sighting::foundAfterRotation);
    }

    /** The distinct image IDs carrying the secret, in order of first sighting. */
    public List<String> imageIds() {
        return sightings.stream().flatMap(s -> s.imageId().stream()).distinct().toList();
    }

    /** The distinct build labels carrying the secret, in order of first sighting. */
    public List<String> builds() {
        return sightings.stream().flatMap(s -> s.build().stream()).distinct().toList();
    }
}
