package io.jenkins.plugins.bakedsecrets.core.detect;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts a stream into lines in a fixed buffer. A line longer than the window is delivered as overlapping windows so a
 * token crossing a window edge is still seen whole; each match start belongs to exactly one window (see
 * {@link #ownedEnd()}), so overlap never reports twice. Memory stays at two windows whatever the input size; the
 * buffer starts small and grows only when a line or a read needs more, as most files are a few kilobytes and a
 * fresh two-window buffer for each of them was most of what a scan allocated.
 */
final class LineWindows {
    static final int INITIAL_BUFFER = 16 * 1024;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final int window;
    private final int overlap;
    private byte[] buf;
    private int start;
    private int filled;
    private int scanned;
    private boolean eof;
    private int lineNumber = 1;

    private int outOffset;
    private int outLength;
    private int outLine;
    private int outOwnedEnd;

    LineWindows(InputStream in, int window, int overlap) {
        if (overlap <= 0 || overlap >= window / 2) {
            throw new IllegalArgumentException("overlap must be positive and under half the window");
        }
        this.in = in;
        this.window = window;
        this.overlap = overlap;
        this.buf = new byte[Math.min(INITIAL_BUFFER, window * 2)];
    }

    /** Advances to the next line or window; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            int nl = findNewline();
            if (nl >= 0) {
                emit(start, nl - start, nl - start);
                start = nl + 1;
                scanned = start;
                // Saturate rather than overflow: a 2 GiB file of newlines has more lines than an int holds.
                lineNumber = Math.max(lineNumber, lineNumber + 1);
                return true;
            }
            if (filled - start >= window) {
                emit(start, window, window - overlap);
                start += window - overlap;
                return true;
            }
            if (eof) {
                if (filled > start) {
                    emit(start, filled - start, filled - start);
                    start = filled;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    /** Eight bytes at a time: a word with a newline has a zero byte after XOR, found with the usual bit trick. */
    private int findNewline() {
        int limit = Math.min(filled, start + window);
        int i = Math.max(scanned, start);
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long v = (long) LONG.get(buf, i) ^ NEWLINES;
            long found = (v - LOW_BITS) & ~v & HIGH_BITS;
            if (found != 0) {
                // The lowest flagged byte is exact; bytes above it may be flagged wrongly, and are not looked at.
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        scanned = limit;
        return -1;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, filled - start);
            filled -= start;
            scanned -= start;
            start = 0;
        }
        if (filled > buf.length / 2 && buf.length < window * 2) {
            // A line longer than half the buffer is pending: double, up to two windows.
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, window * 2));
        }
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
    }

    private void emit(int offset, int length, int ownedEnd) {
        int len = length;
        if (len > 0 && buf[offset + len - 1] == '\r') {
            len--;
        }
        outOffset = offset;
        outLength = len;
        outLine = lineNumber;
        outOwnedEnd = Math.min(ownedEnd, len);
    }

    byte[] buffer() {
        return buf;
    }

    int offset() {
        return outOffset;
    }

    int length() {
        return outLength;
    }

    /** The 1-based line number of the current line or window. */
    int lineNumber() {
        return outLine;
    }

    /** Matches starting at or after this offset (relative to {@link #offset()}) belong to the next window. */
    int ownedEnd() {
        return outOwnedEnd;
    }
}
