package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveStructSparse;

/**
 * The content of a sparse tar member as the scanner reads it: the stored data segments in order, with each hole
 * between them given as a single NUL byte. A hole holds nothing but NUL bytes, so lines, the binary test and every
 * token read the same as in the file itself, while the cost is that of the stored bytes and not of the size the
 * member claims (a sparse file may claim terabytes; commons-compress would produce every byte of its holes).
 */
final class SparseContent extends ReadThroughInputStream {
    private static final int MAX_DIGITS = 19;

    private final InputStream data;
    private final List<TarArchiveStructSparse> segments;
    private int next;
    private long left;
    private boolean hole;

    /**
     * The content of a member whose stored segments start at the current position of {@code data}.
     *
     * @param segments the sparse map, ordered by offset and without overlaps
     */
    SparseContent(List<TarArchiveStructSparse> segments, InputStream data) {
        this.segments = List.copyOf(segments);
        this.data = data;
    }

    /** The number of stored bytes the map accounts for. */
    long storedBytes() {
        long total = 0;
        for (TarArchiveStructSparse s : segments) {
            total += s.getNumbytes();
        }
        return total;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (left == 0 && !hole) {
            if (next == segments.size()) {
                return -1;
            }
            TarArchiveStructSparse segment = segments.get(next);
            long previousEnd = next == 0 ? 0 : segments.get(next - 1).getOffset() + segments.get(next - 1).getNumbytes();
            hole = segment.getOffset() > previousEnd;
            left = segment.getNumbytes();
            next++;
        }
        if (hole) {
            hole = false;
            b[off] = 0;
            return 1;
        }
        int n = data.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw new EOFException("layer tar ends inside the data of a sparse file");
        }
        left -= n;
        return n;
    }

    /**
     * Reads the sparse map that the PAX 1.0 format stores before a member's data: decimal numbers, one a line (the
     * number of segments, then offset and size of each), up to the end of the 512-byte record. The caller bounds how
     * much may be read.
     *
     * @throws IOException when the map is malformed or its segments overlap
     */
    static List<TarArchiveStructSparse> readPax1Map(InputStream in) throws IOException {
        long count = number(in);
        List<TarArchiveStructSparse> map = new ArrayList<>();
        long end = 0;
        for (long i = 0; i < count; i++) {
            long offset = number(in);
            long size = number(in);
            if (offset < end || offset + size < offset) {
                throw new IOException("sparse map of a PAX 1.0 sparse file has overlapping segments");
            }
            end = offset + size;
            map.add(new TarArchiveStructSparse(offset, size));
        }
        return map;
    }

    private static long number(InputStream in) throws IOException {
        long value = 0;
        int digits = 0;
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < '0' || c > '9' || ++digits > MAX_DIGITS) {
                throw new IOException("malformed sparse map of a PAX 1.0 sparse file");
            }
            value = value * 10 + (c - '0');
        }
        if (digits == 0) {
            throw new IOException("malformed sparse map of a PAX 1.0 sparse file");
        }
        return value;
    }
}
