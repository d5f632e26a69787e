package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Layout files in a directory; no path, not even through a symbolic link, may lead outside it. */
final class DirectoryFiles implements LayoutFiles {
    private final Path root;

    DirectoryFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a directory");
        }
        this.root = root.toRealPath();
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            // A FIFO would block the scan for ever, a device would never end.
            throw new ImageFormatException(Digests.shorten(relativePath) + " in " + root + " is not a regular file");
        }
        return Files.newInputStream(file);
    }

    @Override
    public Optional<Long> size(String relativePath) throws IOException {
        Path p = root.resolve(checked(relativePath));
        return Files.isRegularFile(p) ? Optional.of(Files.size(resolve(relativePath))) : Optional.empty();
    }

    @Override
    public String describe() {
        return root.toString();
    }

    private Path resolve(String relativePath) throws IOException {
        Path p = root.resolve(checked(relativePath));
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(p.toString());
        }
        Path real = p.toRealPath();
        if (!real.startsWith(root)) {
            throw new ImageFormatException(relativePath + " in " + root + " leads outside the layout");
        }
        return real;
    }

    private String checked(String relativePath) {
        Path rel = Path.of(relativePath).normalize();
        if (rel.isAbsolute() || rel.startsWith("..")) {
            throw new ImageFormatException(Digests.shorten(relativePath) + " in " + root + " leaves the layout");
        }
        return rel.toString();
    }

    @Override
    public void close() {
        // nothing is held open: every blob gets its own stream
    }
}
