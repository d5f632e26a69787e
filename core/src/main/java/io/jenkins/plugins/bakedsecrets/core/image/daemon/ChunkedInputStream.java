package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import io.jenkins.plugins.bakedsecrets.core.image.ReadThroughInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Decodes an HTTP/1.1 chunked body; trailers are read and discarded. */
final class ChunkedInputStream extends ReadThroughInputStream {
    private static final int MAX_LINE = 4096;

    private final InputStream in;
    private long remaining;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new EOFException("chunked body ended inside a chunk");
        }
        remaining -= n;
        if (remaining == 0) {
            expectEmptyLine();
        }
        return n;
    }

    private boolean nextChunk() throws IOException {
        if (done) {
            return false;
        }
        String line = HttpLines.readLine(in, MAX_LINE);
        int semicolon = line.indexOf(';');
        String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
        try {
            remaining = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new IOException("invalid chunk size line in chunked body");
        }
        if (remaining < 0) {
            throw new IOException("negative chunk size in chunked body");
        }
        if (remaining == 0) {
            done = true;
            while (!HttpLines.readLine(in, MAX_LINE).isEmpty()) {
                // Trailer fields carry nothing the export needs.
            }
            return false;
        }
        return true;
    }

    private void expectEmptyLine() throws IOException {
        if (!HttpLines.readLine(in, MAX_LINE).isEmpty()) {
            throw new IOException("missing CRLF after chunk in chunked body");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
