package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * The files of a tar archive, read in place: the archive is indexed once and each open reads its slice with
 * positional reads on one shared channel, which is safe for concurrent streams and extracts nothing to disk.
 */
final class ArchiveFiles implements LayoutFiles {
    private static final int MAX_LINK_HOPS = 8;

    private final Path archive;
    private final FileChannel channel;
    private final Map<String, Slice> files;

    /** Where a file's bytes sit in the archive. */
    private record Slice(long offset, long size) {
    }

    private ArchiveFiles(Path archive, FileChannel channel, Map<String, Slice> files) {
        this.archive = archive;
        this.channel = channel;
        this.files = files;
    }

    /** Indexes a tar archive. */
    static ArchiveFiles open(Path archive) throws IOException {
        FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
        try {
            return new ArchiveFiles(archive, channel, index(archive, channel));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Map<String, Slice> index(Path archive, FileChannel channel) throws IOException {
        Map<String, Slice> slices = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        try (TarFile tar = new TarFile(new SharedChannel(channel))) {
            for (TarArchiveEntry e : tar.getEntries()) {
                if (!e.isOldGNUSparse()) {
                    // An old GNU sparse member's data follows extension records, which carry no checksum.
                    checkHeader(channel, e);
                }
                String name = normalise(e.getName());
                if (e.isSymbolicLink()) {
                    links.put(name, resolveSibling(name, e.getLinkName()));
                } else if (e.isLink()) {
                    links.put(name, normalise(e.getLinkName()));
                } else if (LayerPaths.isRegular(e) && !e.isSparse()) {
                    slices.put(name, new Slice(e.getDataOffset(), e.getRealSize()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageFormatException(archive + " is not a readable tar archive: "
                    + Digests.safeMessage(e));
        }
        // docker save links duplicate layers to one copy; resolve links so that every name maps to bytes.
        links.forEach((name, target) -> follow(target, links, slices).ifPresent(s -> slices.putIfAbsent(name, s)));
        return Map.copyOf(slices);
    }

    /**
     * Verifies the checksum of an entry's own header, which sits just before its data; the reader does not, and an
     * index built from a corrupt header would point at the wrong bytes.
     */
    private static void checkHeader(FileChannel channel, TarArchiveEntry e) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(TarConstants.DEFAULT_RCDSIZE);
        long at = e.getDataOffset() - header.capacity();
        while (header.hasRemaining() && channel.read(header, at + header.position()) >= 0) {
            // positional reads until the record is complete
        }
        if (at < 0 || header.hasRemaining() || !TarUtils.verifyCheckSum(header.array())) {
            throw new IOException("tar header at byte " + at + " has a wrong checksum");
        }
    }

    private static Optional<Slice> follow(String target, Map<String, String> links, Map<String, Slice> slices) {
        String current = target;
        for (int hop = 0; hop < MAX_LINK_HOPS && current != null; hop++) {
            Slice s = slices.get(current);
            if (s != null) {
                return Optional.of(s);
            }
            current = links.get(current);
        }
        return Optional.empty();
    }

    private static String resolveSibling(String name, String linkTarget) {
        int slash = name.lastIndexOf('/');
        return normalise(linkTarget.startsWith("/") ? linkTarget
                : (slash < 0 ? "" : name.substring(0, slash + 1)) + linkTarget);
    }

    /** An archive member name without {@code ./}, leading slashes or {@code ..} (which may not climb out). */
    static String normalise(String name) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        Slice s = files.get(normalise(relativePath));
        if (s == null) {
            throw new NoSuchFileException(archive + "!/" + relativePath);
        }
        return new SliceStream(channel, s.offset(), s.size());
    }

    @Override
    public Optional<Long> size(String relativePath) {
        return Optional.ofNullable(files.get(normalise(relativePath))).map(Slice::size);
    }

    @Override
    public String describe() {
        return archive.toString();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads one slice of the channel with positional reads, so streams never disturb each other. */
    private static final class SliceStream extends ReadThroughInputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        SliceStream(FileChannel channel, long offset, long size) {
            this.channel = channel;
            this.position = offset;
            this.end = offset + size;
        }


        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int want = (int) Math.min(len, end - position);
            int n = channel.read(ByteBuffer.wrap(b, off, want), position);
            if (n < 0) {
                throw new EOFException("archive ends inside a member");
            }
            position += n;
            return n;
        }
    }
}
