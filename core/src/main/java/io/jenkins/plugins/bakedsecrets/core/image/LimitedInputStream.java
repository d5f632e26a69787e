package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * Fails once more than a limit of bytes is read, so that untrusted input (a registry's manifest, a report from an
 * agent) cannot grow without end. The failure is the caller's own unchecked exception, naming what was read.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final LongFunction<RuntimeException> exceeded;
    private long count;

    /**
     * A limited stream.
     *
     * @param in the stream read
     * @param limit most bytes that may be read
     * @param exceeded makes the exception thrown when more is read, given the limit
     */
    public LimitedInputStream(InputStream in, long limit, LongFunction<RuntimeException> exceeded) {
        super(in);
        this.limit = limit;
        this.exceeded = exceeded;
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

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw exceeded.apply(limit);
        }
    }
}
