package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Blobs of a classic docker-archive: layers are found by diff ID under the path {@code manifest.json} gives. */
final class ClassicBlobStore implements BlobStore {
    private final LayoutFiles files;
    private final Map<String, String> pathsByDigest = new ConcurrentHashMap<>();

    ClassicBlobStore(LayoutFiles files) {
        this.files = files;
    }

    /** Records where the layer with {@code diffId} is stored. */
    void register(String diffId, String path) {
        pathsByDigest.putIfAbsent(diffId, path);
    }

    @Override
    public InputStream open(Descriptor descriptor) throws IOException {
        String path = pathsByDigest.get(descriptor.digest());
        if (path == null) {
            throw new NoSuchFileException(files.describe() + " holds no blob " + descriptor.digest());
        }
        return files.open(path);
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
