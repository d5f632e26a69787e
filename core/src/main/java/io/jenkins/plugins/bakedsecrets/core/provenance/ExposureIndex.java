package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * For each secret fingerprint, every image and build that carries it, across several reports. Only reports made
 * under the same fingerprint key can be joined: reports with another key id are left out and named in
 * {@link #warnings()}.
 */
public final class ExposureIndex {
    private final Map<String, Exposure> exposures;
    private final List<String> warnings;

    private ExposureIndex(Map<String, Exposure> exposures, List<String> warnings) {
        this.exposures = exposures;
        this.warnings = List.copyOf(warnings);
    }

    /** Builds the index; the first source's key id decides which reports can be joined. */
    public static ExposureIndex build(List<ExposureSource> sources, List<RotationMark> rotations) {
        Map<String, RotationMark> latest = new TreeMap<>();
        for (RotationMark m : rotations) {
            latest.merge(m.fingerprint(), m, (a, b) -> b.rotatedAt().isAfter(a.rotatedAt()) ? b : a);
        }
        List<ExposureSource> ordered = sources.stream()
                .sorted(Comparator.comparing(ExposureSource::scannedAt)).toList();
        String keyId = sources.isEmpty() ? "" : sources.get(0).report().keyId();
        List<String> warnings = new ArrayList<>();
        Map<String, List<Sighting>> sightings = new TreeMap<>();
        for (ExposureSource source : ordered) {
            if (!source.report().keyId().equals(keyId)) {
                warnings.add("report of " + source.build().orElse("an unnamed build") + " scanned at "
                        + source.scannedAt() + " uses fingerprint key " + source.report().keyId() + ", not " + keyId
                        + ": left out of the exposure index");
                continue;
            }
            for (Finding f : source.report().findings()) {
                Optional<RotationMark> mark = Optional.ofNullable(latest.get(f.secretFingerprint()));
                sightings.computeIfAbsent(f.secretFingerprint(), k -> new ArrayList<>()).add(sighting(source, f, mark));
            }
        }
        Map<String, Exposure> out = new TreeMap<>();
        sightings.forEach((fp, list) -> out.put(fp, new Exposure(fp, list, Optional.ofNullable(latest.get(fp)))));
        return new ExposureIndex(out, warnings);
    }

    private static Sighting sighting(ExposureSource source, Finding f, Optional<RotationMark> mark) {
        TargetInfo target = source.report().targets().get(f.target());
        boolean after = mark.map(m -> source.scannedAt().isAfter(m.rotatedAt())).orElse(false);
        return new Sighting(target.imageId(), target.reference(), source.build(), source.scannedAt(), f.findingId(),
                f.ruleId(), f.location().deleted() || f.location().overwritten(), after);
    }

    /** Every exposed secret, ordered by fingerprint. */
    public List<Exposure> exposures() {
        return List.copyOf(exposures.values());
    }

    /** The exposure of one secret, when any report carries it. */
    public Optional<Exposure> exposure(String fingerprint) {
        return Optional.ofNullable(exposures.get(fingerprint));
    }

    /** Secrets that a scan found again after they were marked rotated. */
    public List<Exposure> foundAfterRotation() {
        return exposures.values().stream().filter(Exposure::foundAfterRotation).toList();
    }

    /** Reports that could not be joined, and why. */
    public List<String> warnings() {
        return warnings;
    }
}
