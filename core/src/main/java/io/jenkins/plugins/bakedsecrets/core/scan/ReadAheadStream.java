package io.jenkins.plugins.bakedsecrets.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads a stream ahead on another thread, so that reading a layer (file or network reads, decompression and the two
 * digests) overlaps walking it (tar and archive parsing, detection). A fixed ring of buffers bounds memory and makes
 * a fast reader wait for a slow walker. Whatever the source throws, including a digest mismatch at its end, is
 * thrown to the walker at the point where it happened.
 */
final class ReadAheadStream extends InputStream {
    static final int BUFFERS = 4;
    static final int BUFFER_BYTES = 256 * 1024;

    private final InputStream source;
    private final BlockingQueue<Block> empty = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Future<?> reader;
    private volatile boolean closed;
    private Block current;
    private int position;
    private Throwable failure;
    private boolean ended;

    /** One buffer, or the end of the stream ({@code length < 0}), or the source's failure. */
    private record Block(byte[] bytes, int length, Throwable failure) {
    }

    /** Starts reading {@code source} ahead on a thread of {@code threads}; the stream owns the source. */
    ReadAheadStream(InputStream source, ExecutorService threads) {
        this.source = source;
        for (int i = 0; i < BUFFERS; i++) {
            empty.add(new Block(new byte[BUFFER_BYTES], 0, null));
        }
        this.reader = threads.submit(this::readAll);
    }

    private void readAll() {
        try {
            while (!closed) {
                byte[] buffer = empty.take().bytes();
                if (closed || !fill(buffer)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fills one buffer and hands it over; false once the source ended or failed. Bytes read before a failure are
     * handed over first, so the walker meets the failure exactly where the source did.
     */
    private boolean fill(byte[] buffer) throws InterruptedException {
        int filled = 0;
        try {
            for (int n = 0; n >= 0 && filled < buffer.length; filled += Math.max(n, 0)) {
                n = source.read(buffer, filled, buffer.length - filled);
            }
        } catch (IOException | RuntimeException | Error e) {
            full.put(new Block(buffer, filled, null));
            full.put(new Block(null, -1, e));
            return false;
        }
        full.put(new Block(buffer, filled, null));
        if (filled < buffer.length) {
            full.put(new Block(null, -1, null));
            return false;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return hasBytes() ? current.bytes()[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!hasBytes()) {
            return -1;
        }
        int n = Math.min(len, current.length() - position);
        System.arraycopy(current.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    /** True when the current buffer has bytes left, moving to the next one when needed; false at the end. */
    private boolean hasBytes() throws IOException {
        while (current == null || position == current.length()) {
            if (!advance()) {
                return false;
            }
        }
        return true;
    }

    /** Moves to the next filled buffer; false at the end of the stream. */
    private boolean advance() throws IOException {
        if (failure != null) {
            rethrow();
        }
        if (ended) {
            return false;
        }
        if (current != null) {
            empty.add(new Block(current.bytes(), 0, null));
            current = null;
        }
        Block next;
        try {
            next = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("scan interrupted");
        }
        if (next.failure() != null) {
            failure = next.failure();
            rethrow();
        }
        if (next.length() < 0) {
            ended = true;
            return false;
        }
        current = next;
        position = 0;
        return true;
    }

    private void rethrow() throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) failure;
    }

    /**
     * Stops the reader and closes the source. The reader is never interrupted: an interrupt inside a file channel
     * read would close the channel, which the layers of an archive share. It stops after its current read at most.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        empty.offer(new Block(new byte[0], 0, null));
        try {
            reader.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // the reader reports its failures through the ring; nothing more to learn here
        }
        source.close();
    }
}
