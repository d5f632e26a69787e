package io.jenkins.plugins.bakedsecrets.core.scan;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scans the layers of one image, several at a time. Each layer is streamed once: decompressed, verified and walked
 * without being held in memory or written to disk.
 */
final class LayerScheduler {
    private final SecretDetector detector;
    private final ScanSettings settings;

    LayerScheduler(SecretDetector detector, ScanSettings settings) {
        this.detector = detector;
        this.settings = settings;
    }

    TargetLayers scan(ImageSource source, ImageTarget image, int target) {
        int threads = Math.min(settings.parallelism(), Math.max(1, image.layers().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "baked-secrets-layer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LayerScan>> futures = new ArrayList<>();
            for (LayerRef layer : image.layers()) {
                futures.add(pool.submit(() -> scanLayer(source, layer, target)));
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
        }
    }

    private LayerScan scanLayer(ImageSource source, LayerRef layer, int target) throws IOException {
        LayerScanVisitor visitor = new LayerScanVisitor(detector, layer, target);
        try (InputStream in = source.openLayer(layer)) {
            new LayerWalker(settings.limits()).walk(in, visitor);
            // Read what the tar reader left (end blocks, padding): the digests are checked at the very end.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            String what = "layer " + layer.index() + " (" + layer.descriptor().digest() + ")";
            if (layer.distributable()) {
                // Every copy of the image must hold it: without it the scan would describe an image nobody can load.
                throw new ImageFormatException(what + " is listed in the manifest but absent from the image source: "
                        + e.getMessage());
            }
            return missing(layer, target, CoverageGap.Reason.MISSING_LAYER, what + " is non-distributable and not"
                    + " in the source");
        } catch (UnsupportedMediaTypeException e) {
            return missing(layer, target, CoverageGap.Reason.UNKNOWN_MEDIA_TYPE, e.getMessage());
        }
        return visitor.result();
    }

    private static LayerScan missing(LayerRef layer, int target, CoverageGap.Reason reason, String detail) {
        CoverageGap gap = new CoverageGap(reason, target, OptionalInt.of(layer.index()), Optional.empty(), detail);
        return new LayerScan(layer.index(), new LayerEntries(), List.of(), List.of(gap));
    }

    private static LayerScan await(Future<LayerScan> future) {
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
            throw new ScanException("layer scan failed: " + cause, cause);
        }
    }
}
