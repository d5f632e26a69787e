package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Guards reads from a nested archive: past a byte limit or a bomb-like compression ratio every read fails with
 * {@link LimitExceededException}, which the owner of this guard turns into a coverage gap. Closing it leaves the
 * archive stream open.
 */
final class GuardedStream extends ReadThroughInputStream {
    /** Below this many decompressed bytes the ratio is not judged: tiny files compress absurdly well. */
    static final long RATIO_FLOOR = 1024 * 1024;

    private final InputStream in;
    private final long maxBytes;
    private final int maxRatio;
    private final LongSupplier compressedBytes;
    private long count;
    private LimitExceededException tripped;

    /**
     * A guard.
     *
     * @param in the stream guarded
     * @param maxBytes most bytes that may be read
     * @param maxRatio largest decompressed/compressed ratio
     * @param compressedBytes compressed bytes consumed so far for what has been read (0: not compressed)
     */
    GuardedStream(InputStream in, long maxBytes, int maxRatio, LongSupplier compressedBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.compressedBytes = compressedBytes;
    }

    /** The limit this guard hit, if any. */
    LimitExceededException tripped() {
        return tripped;
    }


    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (tripped != null) {
            throw tripped;
        }
        long room = maxBytes - count;
        // One byte beyond the limit is enough to know it was exceeded.
        int n = in.read(b, off, room >= len ? len : (int) room + 1);
        if (n > 0) {
            count += n;
            check();
        }
        return n;
    }

    private void check() throws LimitExceededException {
        if (count > maxBytes) {
            tripped = new LimitExceededException(this, CoverageGap.Reason.SKIPPED_SIZE,
                    "larger than " + maxBytes + " bytes when decompressed");
        } else if (count > RATIO_FLOOR && compressedBytes.getAsLong() > 0
                && count / compressedBytes.getAsLong() > maxRatio) {
            tripped = new LimitExceededException(this, CoverageGap.Reason.SKIPPED_LIMIT,
                    "compression ratio above " + maxRatio + " (possible archive bomb)");
        }
        if (tripped != null) {
            throw tripped;
        }
    }

    @Override
    public void close() {
        // the archive stream belongs to the archive walker
    }

    /** A limit was hit; carries the guard that hit it so that only that guard's owner handles it. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient GuardedStream guard;
        private final CoverageGap.Reason reason;

        LimitExceededException(GuardedStream guard, CoverageGap.Reason reason, String detail) {
            super(detail);
            this.guard = guard;
            this.reason = reason;
        }

        boolean from(GuardedStream candidate) {
            return guard == candidate;
        }

        CoverageGap.Reason reason() {
            return reason;
        }
    }
}
