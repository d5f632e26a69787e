package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One platform image of a source, with its manifest and config already fetched and verified.
 *
 * @param reference how the image is named, for example {@code oci:/tmp/layout:app} plus the platform
 * @param configDigest digest of the config blob: the image ID
 * @param manifestDigest digest of the manifest, when the source has one (classic docker-archive has none)
 * @param platform platform from the index or the config
 * @param config the parsed config
 * @param layers the layers, bottom first
 * @param annotations manifest annotations
 * @param indexAnnotations annotations of the index entries and indexes that lead to the manifest, nearest first
 *     (the entry that names the manifest, then the index holding it, and so on up to the root entry, then an OCI
 *     layout's {@code index.json} itself)
 */
public record ImageTarget(String reference, String configDigest, Optional<String> manifestDigest,
                          Optional<Platform> platform, ImageConfig config, List<LayerRef> layers,
                          Map<String, String> annotations, List<Map<String, String>> indexAnnotations) {
    /** Validates components. */
    public ImageTarget {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(configDigest, "configDigest");
        Objects.requireNonNull(manifestDigest, "manifestDigest");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(config, "config");
        layers = List.copyOf(layers);
        annotations = Map.copyOf(annotations);
        indexAnnotations = indexAnnotations.stream().map(Map::copyOf).toList();
    }

    /** An image reached without an index (classic docker-archive). */
    public ImageTarget(String reference, String configDigest, Optional<String> manifestDigest,
                       Optional<Platform> platform, ImageConfig config, List<LayerRef> layers,
                       Map<String, String> annotations) {
        this(reference, configDigest, manifestDigest, platform, config, layers, annotations, List.of());
    }
}
