package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;

/** A blob store over an OCI layout's {@code blobs/ALG/HEX} files. */
final class LayoutBlobStore implements BlobStore {
    private final LayoutFiles files;

    LayoutBlobStore(LayoutFiles files) {
        this.files = files;
    }

    @Override
    public InputStream open(Descriptor descriptor) throws IOException {
        return files.open(Digests.blobPath(descriptor.digest()));
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
