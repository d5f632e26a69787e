package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.image.ImageFormatException;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.LayerWalker;
import io.jenkins.plugins.bakedsecrets.core.image.UnsupportedMediaTypeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scans the layers of one image. Each layer is streamed once: decompressed, verified and walked without being held
 * in memory or written to disk. With a parallelism of N above one, N layers are walked at once, each read ahead on
 * its own thread (so reading, decompressing and hashing overlap walking), and N detection threads scan the small
 * files of every layer in batches while the walkers go on; one image whose largest layer holds most of the content
 * thus still uses every core. A parallelism of one does everything on one thread, in walk order.
 */
final class LayerScheduler {
    private final SecretDetector detector;
    private final ScanSettings settings;
    private final CachedLayerScans cached;

    LayerScheduler(SecretDetector detector, ScanSettings settings, LayerCache cache) {
        this.detector = detector;
        this.settings = settings;
        this.cached = new CachedLayerScans(cache, detector, settings);
    }

    TargetLayers scan(ImageSource source, ImageTarget image, int target) {
        int parallelism = settings.parallelism();
        int walkers = Math.min(parallelism, Math.max(1, image.layers().size()));
        ExecutorService pool = threads(walkers, "baked-secrets-layer");
        ExecutorService readers = parallelism > 1 ? threads(walkers, "baked-secrets-read") : null;
        Optional<DetectionPool> detection = parallelism > 1
                ? Optional.of(new DetectionPool(detector, parallelism, walkers)) : Optional.empty();
        try {
            List<Future<LayerScan>> futures = new ArrayList<>();
            for (LayerRef layer : image.layers()) {
                futures.add(pool.submit(() -> scanLayer(source, layer, target, readers, detection)));
            }
            List<LayerEntries> entries = new ArrayList<>();
            List<DetectedSecret> detections = new ArrayList<>();
            List<CoverageGap> gaps = new ArrayList<>();
            for (Future<LayerScan> f : futures) {
                LayerScan scan = await(f);
                entries.add(scan.entries());
                detections.addAll(scan.detections());
                gaps.addAll(scan.gaps());
            }
            return new TargetLayers(entries, detections, gaps);
        } finally {
            pool.shutdownNow();
            if (readers != null) {
                readers.shutdownNow();
            }
            detection.ifPresent(DetectionPool::close);
        }
    }

    private static ExecutorService threads(int count, String name) {
        return Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private LayerScan scanLayer(ImageSource source, LayerRef layer, int target, ExecutorService readers,
                                Optional<DetectionPool> detection) throws IOException {
        Optional<String> blob = cached.enabled() ? storedDigest(source, layer) : Optional.empty();
        Optional<LayerScan> stored = blob.flatMap(b -> cached.lookup(layer, b, target));
        if (stored.isPresent()) {
            return stored.get();
        }
        Instant started = Instant.now();
        LayerFiles files = new LayerFiles(detector, detection);
        LayerScanVisitor visitor = new LayerScanVisitor(files, layer, target);
        try (InputStream opened = source.openLayer(layer);
             InputStream in = readers == null ? opened : new ReadAheadStream(opened, readers)) {
            new LayerWalker(settings.limits()).walk(in, visitor);
            // Read what the tar reader left (end blocks, padding): the digests are checked at the very end.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            files.abandon();
            String what = "layer " + layer.index() + " (" + layer.descriptor().digest() + ")";
            if (layer.distributable()) {
                // Every copy of the image must hold it: without it the scan would describe an image nobody can load.
                throw new ImageFormatException(what + " is listed in the manifest but absent from the image source: "
                        + e.getMessage());
            }
            return missing(layer, target, CoverageGap.Reason.MISSING_LAYER, what + " is non-distributable and not"
                    + " in the source");
        } catch (UnsupportedMediaTypeException e) {
            files.abandon();
            return missing(layer, target, CoverageGap.Reason.UNKNOWN_MEDIA_TYPE, e.getMessage());
        } catch (IOException | RuntimeException | Error e) {
            files.abandon();
            throw e;
        }
        LayerScan scan = visitor.result();
        blob.ifPresent(b -> cached.store(layer, b, scan, started));
        return scan;
    }

    /**
     * The digest of the layer's stored bytes, which cache entries are keyed with; empty when the blob is absent, so
     * that the fresh read reports it as it would without the cache. A blob that does not match its descriptor, or
     * cannot be read, fails the scan here with the error a fresh read gives.
     */
    private static Optional<String> storedDigest(ImageSource source, LayerRef layer) throws IOException {
        try {
            return Optional.of(source.storedDigest(layer));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static LayerScan missing(LayerRef layer, int target, CoverageGap.Reason reason, String detail) {
        CoverageGap gap = new CoverageGap(reason, target, OptionalInt.of(layer.index()), Optional.empty(), detail);
        return new LayerScan(layer.index(), new LayerEntries(), List.of(), List.of(gap));
    }

    /** The task's result; its failure rethrown as the scan's (an I/O error stays one, for the caller to name). */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("scan interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ScanException se) {
                throw se;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ScanException("scan failed: " + cause, cause);
        }
    }
}
