package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Entry point for building real container images from Java in tests: OCI layouts, oci-archives and docker-archives
 * (classic and newer form), plus nested zip/jar bytes and helpers that corrupt a written blob.
 *
 * <pre>{@code
 * ImageBuilder app = TestImages.image().env("A=b").layer(Compression.GZIP, l -> l.file("/etc/app.conf", "x=1"));
 * Path dir = TestImages.layout().add(app, "app").writeDirectory(tmp.resolve("layout"));
 * }</pre>
 */
public final class TestImages {
    private TestImages() {
    }

    /** A new image (linux/amd64, OCI media types). */
    public static ImageBuilder image() {
        return new ImageBuilder();
    }

    /** A new OCI layout. */
    public static OciLayoutBuilder layout() {
        return new OciLayoutBuilder();
    }

    /** A new docker-archive. */
    public static DockerArchiveBuilder dockerArchive() {
        return new DockerArchiveBuilder();
    }

    /** A standalone layer, for walker tests. */
    public static LayerBuilder layer() {
        return new LayerBuilder();
    }

    /** A new zip/jar/war. */
    public static ZipBuilder zip() {
        return new ZipBuilder();
    }

    /** Inverts one byte of a file. */
    public static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            if (ch.read(one, offset) != 1) {
                throw new IOException("offset " + offset + " is beyond " + file);
            }
            one.put(0, (byte) ~one.get(0));
            one.rewind();
            ch.write(one, offset);
        }
    }

    /** Inverts byte {@code offsetInEntry} of member {@code entryName} of a tar file, in place. */
    public static void flipByteInTarEntry(Path tar, String entryName, long offsetInEntry) throws IOException {
        long dataOffset = -1;
        try (TarFile t = new TarFile(tar)) {
            for (TarArchiveEntry e : t.getEntries()) {
                if (e.getName().equals(entryName)) {
                    dataOffset = e.getDataOffset();
                }
            }
        }
        if (dataOffset < 0) {
            throw new IOException(tar + " has no entry " + entryName);
        }
        flipByte(tar, dataOffset + offsetInEntry);
    }

    /** The blob path of a digest inside a layout: {@code blobs/sha256/HEX}. */
    public static String blobPath(String digest) {
        return "blobs/sha256/" + BuiltImage.hex(digest);
    }
}
