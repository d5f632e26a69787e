package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Opens an image source for a reference: OCI layouts, OCI archives and docker-archives. */
public final class ImageSources {
    private ImageSources() {
    }

    /**
     * Opens the images named by {@code ref}, narrowed by {@code selector}.
     *
     * @throws NoSuchFileException when the file or directory does not exist
     * @throws ImageFormatException when it is not a readable image
     * @throws DigestMismatchException when a manifest or config does not match its digest
     * @throws ScanException for transports this build cannot read yet
     */
    public static ImageSource open(ImageReference ref, TargetSelector selector) throws IOException {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(selector, "selector");
        return switch (ref.transport()) {
            case OCI -> openLayout(new DirectoryFiles(Path.of(ref.location())), ref, selector);
            case OCI_ARCHIVE -> openLayout(archive(ref), ref, selector);
            case DOCKER_ARCHIVE -> openDockerArchive(ref, selector);
            case DOCKER, DOCKER_DAEMON -> throw new ScanException("transport " + ref.transport().prefix()
                    + " is not supported yet (" + ref.text() + ")");
        };
    }

    private static ArchiveFiles archive(ImageReference ref) throws IOException {
        Path path = Path.of(ref.location());
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new ImageFormatException(path + " is not a regular file");
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such archive");
        }
        return ArchiveFiles.open(path);
    }

    private static ImageSource openLayout(LayoutFiles files, ImageReference ref, TargetSelector selector)
            throws IOException {
        try {
            LayoutIndex index = OciLayout.index(files, ref.name(), ref.index());
            // The reference's REF already chose the roots; the selector's name applies only when it did not.
            TargetSelector rest = ref.name().isPresent() || ref.index().isPresent()
                    ? new TargetSelector(selector.platform(), Optional.empty()) : selector;
            return BlobImageSource.ofLayout(new LayoutBlobStore(files), index, ref.text(), rest);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static ImageSource openDockerArchive(ImageReference ref, TargetSelector selector) throws IOException {
        ArchiveFiles files = archive(ref);
        try {
            return DockerArchive.open(files, ref, selector);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }
}
