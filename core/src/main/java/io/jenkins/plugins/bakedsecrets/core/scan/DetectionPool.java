package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Detection threads shared by the layers of one image, and the fixed set of arenas that small files are copied into
 * on their way there. A walker that finds no free arena waits (back-pressure), so memory stays at
 * {@code arenas * ARENA_BYTES} however far the walkers could run ahead. An arena is held only by a batch that is
 * complete, and every complete batch finishes, so waiting never deadlocks.
 */
final class DetectionPool implements AutoCloseable {
    /** Size of one arena; a batch is the small files that fit into one. */
    static final int ARENA_BYTES = 1024 * 1024;
    /** Files up to this size go to the pool; larger ones are scanned by the walker as they stream past. */
    static final int SMALL_FILE = 256 * 1024;

    private final SecretDetector detector;
    private final ExecutorService threads;
    private final BlockingQueue<byte[]> arenas;

    /** A pool of {@code threadCount} detection threads serving {@code walkers} walkers at most. */
    DetectionPool(SecretDetector detector, int threadCount, int walkers) {
        this.detector = detector;
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "baked-secrets-detect");
            t.setDaemon(true);
            return t;
        });
        int count = 2 * threadCount + walkers;
        this.arenas = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            arenas.add(new byte[ARENA_BYTES]);
        }
    }

    SecretDetector detector() {
        return detector;
    }

    /** A free arena, waiting until a batch returns one. */
    byte[] takeArena() throws InterruptedIOException {
        try {
            return arenas.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("scan interrupted");
        }
    }

    void returnArena(byte[] arena) {
        arenas.add(arena);
    }

    Future<Void> submit(FileBatch batch) {
        return threads.submit(batch);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
