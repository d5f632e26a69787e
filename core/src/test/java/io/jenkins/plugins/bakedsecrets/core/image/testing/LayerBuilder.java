package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds one layer tar from Java: files, directories, links and whiteouts, in the order given. */
public final class LayerBuilder {
    private static final Instant TIME = Instant.parse("2024-01-01T00:00:00Z");

    private final List<Entry> entries = new ArrayList<>();
    private Compression compression = Compression.NONE;
    private byte[] rawTar;

    private record Entry(String name, byte type, byte[] content, String link) {
    }

    LayerBuilder() {
    }

    /** Sets how the blob is compressed (default none). */
    public LayerBuilder compression(Compression value) {
        this.compression = Objects.requireNonNull(value);
        return this;
    }

    /** The compression of the blob. */
    public Compression compression() {
        return compression;
    }

    /** A regular file; {@code path} is written as given (without its leading slash). */
    public LayerBuilder file(String path, byte[] content) {
        entries.add(new Entry(strip(path), TarConstants.LF_NORMAL, content.clone(), ""));
        return this;
    }

    /** A regular UTF-8 text file. */
    public LayerBuilder file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A directory. */
    public LayerBuilder dir(String path) {
        entries.add(new Entry(strip(path) + "/", TarConstants.LF_DIR, new byte[0], ""));
        return this;
    }

    /** A symbolic link at {@code path} pointing to {@code target}. */
    public LayerBuilder symlink(String path, String target) {
        entries.add(new Entry(strip(path), TarConstants.LF_SYMLINK, new byte[0], target));
        return this;
    }

    /** A hard link at {@code path} to the earlier entry {@code target}. */
    public LayerBuilder hardLink(String path, String target) {
        entries.add(new Entry(strip(path), TarConstants.LF_LINK, new byte[0], strip(target)));
        return this;
    }

    /** A whiteout hiding {@code path} of lower layers ({@code DIR/.wh.NAME}). */
    public LayerBuilder whiteout(String path) {
        String p = strip(path);
        int slash = p.lastIndexOf('/');
        String name = slash < 0 ? ".wh." + p : p.substring(0, slash + 1) + ".wh." + p.substring(slash + 1);
        entries.add(new Entry(name, TarConstants.LF_NORMAL, new byte[0], ""));
        return this;
    }

    /** An opaque whiteout hiding everything lower layers put in {@code dir}. */
    public LayerBuilder opaque(String dir) {
        String d = strip(dir);
        entries.add(new Entry(d.isEmpty() ? ".wh..wh..opq" : d + "/.wh..wh..opq", TarConstants.LF_NORMAL,
                new byte[0], ""));
        return this;
    }

    /** A regular file whose tar name is exactly {@code rawName}, for hostile names such as {@code ../../x}. */
    public LayerBuilder rawFile(String rawName, byte[] content) {
        entries.add(new Entry(rawName, TarConstants.LF_NORMAL, content.clone(), ""));
        return this;
    }

    /** Uses exactly these bytes as the layer tar (one written by a real tool, or a crafted one). */
    public LayerBuilder rawTar(byte[] tar) {
        rawTar = tar.clone();
        return this;
    }

    /** The uncompressed tar. */
    public byte[] tar() {
        if (rawTar != null) {
            return rawTar.clone();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry e : entries) {
                TarArchiveEntry te = new TarArchiveEntry(e.name(), e.type(), true);
                te.setLastModifiedTime(java.nio.file.attribute.FileTime.from(TIME));
                te.setMode(e.type() == TarConstants.LF_DIR ? 0755 : 0644);
                if (!e.link().isEmpty()) {
                    te.setLinkName(e.link());
                }
                te.setSize(e.type() == TarConstants.LF_NORMAL ? e.content().length : 0);
                out.putArchiveEntry(te);
                if (e.type() == TarConstants.LF_NORMAL) {
                    out.write(e.content());
                }
                out.closeArchiveEntry();
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The blob as distributed: the tar, compressed. */
    public byte[] blob() {
        return compression.compress(tar());
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}
