package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.List;
import java.util.Optional;

/**
 * A base image known by its layers. An image whose diff IDs start with all of these diff IDs is built on it, and
 * those leading layers are base layers.
 *
 * @param diffIds diff IDs of the base image, bottom first
 */
public record BaseImage(List<String> diffIds) {
    /** Validates components. */
    public BaseImage {
        diffIds = List.copyOf(diffIds);
        if (diffIds.isEmpty()) {
            throw new IllegalArgumentException("a base image has at least one layer");
        }
    }

    /** The base image described by the first image target of its own scan report, if the report has one. */
    public static Optional<BaseImage> of(ScanReport baseReport) {
        return baseReport.targets().stream()
                .filter(t -> TargetInfo.IMAGE.equals(t.type()) && !t.layers().isEmpty())
                .findFirst()
                .map(t -> new BaseImage(t.diffIds()));
    }

    /** The number of leading layers of {@code image} that belong to this base, or empty when it is not built on it. */
    public Optional<Integer> baseLayerCount(List<String> imageDiffIds) {
        if (imageDiffIds.size() < diffIds.size() || !imageDiffIds.subList(0, diffIds.size()).equals(diffIds)) {
            return Optional.empty();
        }
        return Optional.of(diffIds.size());
    }
}
