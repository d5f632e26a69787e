package io.jenkins.plugins.bakedsecrets.core.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Refuses to read past a byte limit, so an oversized report fails early instead of exhausting memory. */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String source;
    private long count;

    BoundedInputStream(InputStream in, long limit, String source) {
        super(in);
        this.limit = limit;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public void close() {
        // The caller owns the underlying stream.
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw new UncheckedIOException(new IOException("report " + source + " is larger than " + limit
                    + " bytes"));
        }
    }
}
