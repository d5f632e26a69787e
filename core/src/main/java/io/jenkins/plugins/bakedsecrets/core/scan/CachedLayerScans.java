package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.cache.EntryKey;
import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Layer results in the layer cache, keyed by the layer's diff ID together with everything that changes them: the
 * tool and its build, the rule set, the known secrets and the walk limits. The fingerprint key is not part of it:
 * entries hold digests (sealed), and fingerprints are made from them after the scan, as for layers just scanned.
 *
 * @param cache where entries are
 * @param detector the detector whose results are stored (its rules and known secrets are part of every key)
 * @param settings the scan's settings (tool and walk limits are part of every key)
 */
record CachedLayerScans(LayerCache cache, SecretDetector detector, ScanSettings settings) {
    private static final String PURPOSE = "baked-secrets layer results";

    /** Whether entries are read and written. */
    boolean enabled() {
        return cache.enabled();
    }

    /**
     * The stored results of this layer, made from the blob whose stored bytes have {@code blob} as digest; only when
     * {@link #enabled()}.
     */
    Optional<LayerScan> lookup(LayerRef layer, String blob, int target) {
        EntryKey key = key(layer, blob);
        Optional<byte[]> payload = cache.read(key);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<LayerScan> scan = LayerScanCodec.decode(payload.get(), layer, target, Instant.now());
            if (scan.isEmpty()) {
                cache.discard(key);
            }
            return scan;
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            // Sealed under this cache's key yet not decodable (a build with another encoding wrote it): rescan.
            cache.discard(key);
            return Optional.empty();
        }
    }

    /** Stores a layer's results, made by a scan that began at {@code started}; only when {@link #enabled()}. */
    void store(LayerRef layer, String blob, LayerScan scan, Instant started) {
        try {
            cache.write(key(layer, blob), LayerScanCodec.encode(scan, started));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory encoding failed", e);
        }
    }

    private EntryKey key(LayerRef layer, String blob) {
        // The digest of the blob's stored bytes and its media type too: another encoding of the same content
        // (trailing bytes after the gzip stream, another compression) is read afresh, and meets every check of a
        // first read.
        EntryKey.Builder key = cache.key().add(PURPOSE).add(LayerScanCodec.FORMAT).add(layer.diffId())
                .add(blob).add(layer.descriptor().mediaType())
                .add(settings.tool().name()).add(settings.tool().version()).add(settings.tool().rulesVersion())
                .add(EngineBuild.id());
        WalkLimits limits = settings.limits();
        key.add(limits.maxArchiveDepth()).add(limits.maxNestedEntryBytes()).add(limits.maxEntriesPerArchive())
                .add(limits.maxCompressionRatio());
        detector.identify(key.mac());
        return key.build();
    }
}
