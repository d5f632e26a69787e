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
     * Checks that a layer is present and is the blob its descriptor names, without scanning it: used when the layer's
     * results come from the layer cache, so that an image whose blob is missing, replaced or unreadable fails as a
     * full scan would instead of passing on what an earlier, sound copy held. This default reads the layer through
     * {@link #openLayer}; sources that can check the stored bytes without decompressing them do so.
     *
     * @throws java.nio.file.NoSuchFileException when the layer blob is absent
     */
    default void verifyLayer(LayerRef layer) throws IOException {
        try (InputStream in = openLayer(layer)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
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
