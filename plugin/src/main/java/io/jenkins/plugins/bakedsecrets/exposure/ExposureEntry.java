package io.jenkins.plugins.bakedsecrets.exposure;

import java.util.List;
import java.util.Optional;

/**
 * One secret in the exposure view: its fingerprint, the sightings the viewer may see, and its latest rotation mark.
 *
 * @param fingerprint keyed fingerprint
 * @param sightings visible sightings, oldest first
 * @param rotation latest rotation mark, when any
 */
public record ExposureEntry(String fingerprint, List<SightingRow> sightings, Optional<RotationRow> rotation) {
    /** Copies components. */
    public ExposureEntry {
        sightings = List.copyOf(sightings);
    }

    /** The first twelve hex digits of the fingerprint (for display). */
    public String shortFingerprint() {
        return sightings.isEmpty() ? fingerprint : sightings.get(0).shortFingerprint();
    }

    /** True when a sighting lies in a deleted or overwritten file of a layer. */
    public boolean inDeletedLayer() {
        return sightings.stream().anyMatch(SightingRow::inDeletedLayer);
    }

    /** True when a scan found the secret after it was marked rotated. */
    public boolean foundAfterRotation() {
        return rotation.map(r -> sightings.stream().anyMatch(s -> s.scannedAt() > r.rotatedAt())).orElse(false);
    }
}
