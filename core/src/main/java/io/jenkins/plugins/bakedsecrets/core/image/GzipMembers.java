package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Decompresses a gzip blob member by member and notices bytes after the last member. The JDK's reader ignores such
 * bytes without a word; here they are counted, and the caller refuses the blob (containerd and Docker refuse it too,
 * so whatever follows the gzip stream is not part of any file system the image unpacks to, yet ships with it).
 */
final class GzipMembers extends ReadThroughInputStream {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;

    private final BufferedInputStream in;
    private GzipCompressorInputStream member;
    private long trailingBytes;
    private boolean ended;

    /**
     * A reader of the gzip stream at the start of {@code in}, which must support mark and reset so that each member
     * leaves it positioned exactly after the member's trailer.
     */
    GzipMembers(BufferedInputStream in) throws IOException {
        this.in = in;
        this.member = new GzipCompressorInputStream(in, false);
    }

    /** Bytes found after the last gzip member; known once this stream has reported its end. */
    long trailingBytes() {
        return trailingBytes;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!ended) {
            int n = member.read(b, off, len);
            if (n >= 0) {
                return n;
            }
            nextMember();
        }
        return -1;
    }

    /** Starts the next member, or ends the stream and counts what follows the last one. */
    private void nextMember() throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == MAGIC_1 && second == MAGIC_2) {
            member = new GzipCompressorInputStream(in, false);
            return;
        }
        ended = true;
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            trailingBytes += n;
        }
    }

    @Override
    public void close() throws IOException {
        member.close();
    }
}
