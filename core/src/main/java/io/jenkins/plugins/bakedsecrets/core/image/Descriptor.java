package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCI content descriptor: a typed, sized, digest-addressed reference to a blob or manifest.
 *
 * @param mediaType media type of the referenced content
 * @param digest {@code algorithm:hex} digest of the content
 * @param size size in bytes, or -1 when the source does not say
 * @param platform platform, for manifests listed in an index
 * @param annotations annotations of the descriptor
 * @param urls foreign URLs of a non-distributable layer
 */
public record Descriptor(String mediaType, String digest, long size, Optional<Platform> platform,
                         Map<String, String> annotations, List<String> urls) {
    /** Validates components. */
    public Descriptor {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(platform, "platform");
        annotations = Map.copyOf(annotations);
        urls = List.copyOf(urls);
    }

    /** A plain descriptor without platform, annotations or URLs. */
    public static Descriptor of(String mediaType, String digest, long size) {
        return new Descriptor(mediaType, digest, size, Optional.empty(), Map.of(), List.of());
    }
}
