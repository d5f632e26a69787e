package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed storage of an image's manifests, configs and layers: an OCI layout directory, a tar archive, or
 * a registry. Stores hand out raw bytes; callers verify digests, so that every source is verified the same way.
 */
public interface BlobStore extends Closeable {
    /**
     * Opens the raw content of a descriptor.
     *
     * @throws java.nio.file.NoSuchFileException when the store does not hold the content
     * @throws IOException when it cannot be read
     */
    InputStream open(Descriptor descriptor) throws IOException;
}
