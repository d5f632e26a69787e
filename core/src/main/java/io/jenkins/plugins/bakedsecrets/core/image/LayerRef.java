package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A layer of a resolved image.
 *
 * @param index 0-based position, bottom first
 * @param descriptor the blob as distributed (digest, media type, size)
 * @param diffId digest of the uncompressed tar, from the config
 * @param historyIndex index of the history entry that made the layer, when the history says
 * @param createdBy that history entry's {@code created_by}
 */
public record LayerRef(int index, Descriptor descriptor, String diffId, OptionalInt historyIndex,
                       Optional<String> createdBy) {
    /** Validates components. */
    public LayerRef {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(diffId, "diffId");
        Objects.requireNonNull(historyIndex, "historyIndex");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /**
     * Whether the layer must be in every copy of the image. Non-distributable (foreign) layers, such as Windows base
     * layers, are fetched from their URLs at run time and are legitimately absent from archives and registries.
     */
    public boolean distributable() {
        return !MediaTypes.isForeign(descriptor.mediaType());
    }
}
