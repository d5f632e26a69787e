package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Read access to the files of an image layout or archive by relative path, wherever they are stored. */
interface LayoutFiles extends Closeable {
    /**
     * Opens a file.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws ImageFormatException when the path would leave the layout
     */
    InputStream open(String relativePath) throws IOException;

    /** The size of a file, when it exists. */
    Optional<Long> size(String relativePath) throws IOException;

    /** What error messages call this storage, for example the archive path. */
    String describe();
}
