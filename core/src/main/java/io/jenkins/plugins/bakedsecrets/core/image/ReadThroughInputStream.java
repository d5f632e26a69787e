package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream defined by its bulk read: single-byte reads and skips go through it, so that no byte bypasses what
 * the subclass does with the bytes it passes on (counting, limits, timeouts).
 */
public abstract class ReadThroughInputStream extends InputStream {
    private static final int SKIP_BUFFER = 8192;

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public long skip(long n) throws IOException {
        return skipByReading(this, n);
    }

    /** Skips by reading through {@code in}, for streams that must see every byte they skip. */
    public static long skipByReading(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[(int) Math.max(1, Math.min(SKIP_BUFFER, n))];
        long skipped = 0;
        while (skipped < n) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }
}
