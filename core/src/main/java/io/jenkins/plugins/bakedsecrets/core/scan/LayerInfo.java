package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * One layer of a scanned image as the report records it.
 *
 * @param index 0-based position, bottom layer first
 * @param digest digest of the layer blob as distributed (equal to the diff ID for uncompressed layers)
 * @param diffId digest of the uncompressed layer tar, from the config's {@code rootfs.diff_ids}
 * @param mediaType media type of the blob
 * @param size size of the blob in bytes, or -1 when unknown
 * @param createdBy the {@code created_by} of the history entry that made the layer, when known
 */
public record LayerInfo(int index, String digest, String diffId, String mediaType, long size,
                        Optional<String> createdBy) {
    /** Validates components. */
    public LayerInfo {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(diffId, "diffId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
