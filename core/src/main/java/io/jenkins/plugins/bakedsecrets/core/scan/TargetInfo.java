package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scanned thing: a platform image, or the CI environment.
 *
 * @param type {@code image} or {@code ci-env}
 * @param reference how the user named it, for example {@code docker-archive:app.tar:app:1.0}
 * @param imageId the config digest (image ID); empty for a CI environment
 * @param manifestDigest digest of the image manifest, when known
 * @param platform {@code os/arch[/variant]}, when known
 * @param layers the layers, bottom first
 * @param annotations manifest annotations (for example {@code org.opencontainers.image.base.name})
 * @param exposure who can pull the image from its registry; empty for targets not read from a registry
 */
public record TargetInfo(String type, String reference, Optional<String> imageId, Optional<String> manifestDigest,
                         Optional<String> platform, List<LayerInfo> layers, Map<String, String> annotations,
                         Optional<RegistryExposure> exposure) {
    /** Type of an image target. */
    public static final String IMAGE = "image";
    /** Type of the CI environment target. */
    public static final String CI_ENV = "ci-env";

    /** Validates components. */
    public TargetInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(manifestDigest, "manifestDigest");
        Objects.requireNonNull(platform, "platform");
        layers = List.copyOf(layers);
        annotations = Map.copyOf(annotations);
        Objects.requireNonNull(exposure, "exposure");
    }

    /** A target without registry exposure (archives, layouts, engines, the CI environment). */
    public TargetInfo(String type, String reference, Optional<String> imageId, Optional<String> manifestDigest,
                      Optional<String> platform, List<LayerInfo> layers, Map<String, String> annotations) {
        this(type, reference, imageId, manifestDigest, platform, layers, annotations, Optional.empty());
    }

    /** This target with the given registry exposure. */
    public TargetInfo withExposure(Optional<RegistryExposure> newExposure) {
        return new TargetInfo(type, reference, imageId, manifestDigest, platform, layers, annotations, newExposure);
    }

    /** The diff IDs of the layers, bottom first: with the image ID, the identity that survives recompression. */
    public List<String> diffIds() {
        return layers.stream().map(LayerInfo::diffId).toList();
    }
}
