package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Detection for the files of one layer. Without a pool every file is scanned by the walking thread as it streams
 * past. With one, small files are copied into batches that detection threads scan while the walk goes on, and large
 * files are still scanned by the walker (reading them ahead is what overlaps their decompression with detection).
 */
final class LayerFiles {
    private final SecretDetector detector;
    private final Optional<DetectionPool> pool;
    private final FileResults results = new FileResults();
    private final List<Future<Void>> submitted = new ArrayList<>();
    private FileBatch open;
    private int sequence;

    LayerFiles(SecretDetector detector, Optional<DetectionPool> pool) {
        this.detector = detector;
        this.pool = pool;
    }

    /** Scans one file, now or in a batch; {@code size} is what the archive header says, or -1. */
    void scan(Location base, long size, InputStream content) throws IOException {
        int number = sequence++;
        if (pool.isEmpty() || size > DetectionPool.SMALL_FILE) {
            scanHere(number, base, content);
            return;
        }
        // One byte more than expected tells a file whose header understated its size.
        int want = (int) (size < 0 ? DetectionPool.SMALL_FILE : size) + 1;
        if (open == null || open.free() < want) {
            submitOpen();
            open = new FileBatch(pool.get(), results);
        }
        int n = content.readNBytes(open.arena(), open.used(), want);
        if (n == want) {
            scanHere(number, base, new SequenceInputStream(
                    new ByteArrayInputStream(open.arena(), open.used(), n), content));
        } else {
            open.add(number, base, n);
        }
    }

    private void scanHere(int number, Location base, InputStream content) throws IOException {
        List<DetectedSecret> found = new ArrayList<>();
        detector.scanFile(base, content, found::add);
        results.add(number, found);
    }

    private void submitOpen() {
        if (open != null && !open.isEmpty()) {
            submitted.add(pool.orElseThrow().submit(open));
        } else if (open != null) {
            open.discard();
        }
        open = null;
    }

    /** Waits for every batch and returns the layer's detections in walk order. */
    List<DetectedSecret> finish() {
        submitOpen();
        for (Future<Void> f : submitted) {
            LayerScheduler.await(f);
        }
        return results.inWalkOrder();
    }

    /** Gives back the arena of a batch never submitted (the walk failed); submitted ones return theirs. */
    void abandon() {
        if (open != null) {
            open.discard();
            open = null;
        }
    }
}
