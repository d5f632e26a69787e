package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * An opened image source (archive, layout, registry, engine): its platform images with verified manifests and
 * configs, and verified layer streams. Implementations are safe for concurrent {@link #openLayer} calls, so layers
 * can be scanned in parallel.
 */
public interface ImageSource extends Closeable {
    /** The platform images selected by the reference, in a stable order. */
    List<ImageTarget> targets();

    /** In-toto attestations found beside the images; empty when there are none. */
    List<Attestation> attestations();

    /**
     * Opens a layer as an uncompressed tar stream. The compressed bytes are checked against the descriptor digest and
     * the uncompressed bytes against the diff ID; a mismatch throws {@link DigestMismatchException} when the stream
     * reaches its end, so callers must read it to the end (and discard what they learned if it throws).
     *
     * @throws java.nio.file.NoSuchFileException when the layer blob is absent (non-distributable or not exported)
     * @throws UnsupportedMediaTypeException when the layer's media type is not one the scanner reads
     */
    InputStream openLayer(LayerRef layer) throws IOException;

    /**
     * The digest of the layer's stored bytes (as they are in the source, before decompression), read without
     * scanning, and checked against the descriptor where the descriptor names those bytes. The layer cache keys its
     * entries with it, so that results are reused only for the very blob they were made from: a blob that is
     * missing, replaced, re-encoded or unreadable is read afresh and fails, or becomes a gap, as without the cache.
     * This default reads the layer through {@link #openLayer} and names it by its verified diff ID.
     *
     * @throws java.nio.file.NoSuchFileException when the layer blob is absent
     */
    default String storedDigest(LayerRef layer) throws IOException {
        try (InputStream in = openLayer(layer)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return layer.diffId();
    }

    /** Opens an attestation blob, verified against its descriptor digest in the same way. */
    InputStream openAttestation(Attestation attestation) throws IOException;

    /**
     * Whether the registry this source was read from serves it to anyone without credentials; empty for sources that
     * are not read from a registry, or when nobody checked.
     */
    default Optional<AnonymousPull> anonymousPull() {
        return Optional.empty();
    }
}
