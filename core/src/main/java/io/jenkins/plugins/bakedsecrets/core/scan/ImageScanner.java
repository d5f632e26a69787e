package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.detect.EnvVariable;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.image.Attestation;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scans images and a CI environment into one {@link ScanReport}. Layers are scanned independently (in parallel) and
 * hiding by later layers is resolved afterwards. Any integrity failure (a digest mismatch) aborts the whole scan:
 * a report about content that is not the image would be worse than none.
 */
public final class ImageScanner {
    private final SecretDetector detector;
    private final FingerprintKey key;
    private final ScanSettings settings;
    private final SourceOpener opener;
    private final LayerCache cache;

    /** A scanner with the given detector, fingerprint key, settings and source opener, and no layer cache. */
    public ImageScanner(SecretDetector detector, FingerprintKey key, ScanSettings settings, SourceOpener opener) {
        this(detector, key, settings, opener, LayerCache.disabled());
    }

    private ImageScanner(SecretDetector detector, FingerprintKey key, ScanSettings settings, SourceOpener opener,
                         LayerCache cache) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.key = Objects.requireNonNull(key, "key");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * This scanner reading and storing layer results in {@code layerCache}: a layer whose results are stored is not
     * read again, and the report is the same as without the cache. The caller owns the cache and may ask it for
     * its statistics after the scan.
     */
    public ImageScanner withCache(LayerCache layerCache) {
        return new ImageScanner(detector, key, settings, opener, layerCache);
    }

    /**
     * Scans everything the request names.
     *
     * @throws ScanException when an image cannot be read or fails verification; no partial report is returned
     */
    public ScanReport scan(ScanRequest request) {
        List<TargetInfo> targets = new ArrayList<>();
        List<CoverageGap> gaps = new ArrayList<>();
        FindingAssembler findings = new FindingAssembler(key);
        for (String reference : request.images()) {
            try (ImageSource source = opener.open(reference, request.selector())) {
                int first = targets.size();
                scanSource(source, targets, gaps, findings);
                ExposureFindings.add(reference, source, first, targets.size(), findings);
            } catch (IOException e) {
                throw new ScanException("cannot read " + reference + ": " + describe(e), e);
            } catch (UncheckedIOException e) {
                throw new ScanException("cannot read " + reference + ": " + describe(e.getCause()), e);
            }
        }
        request.ciEnvironment().ifPresent(env -> scanCiEnvironment(env, targets, findings));
        return new ScanReport(ScanReport.SCHEMA_VERSION, settings.tool(), key.keyId(), targets, gaps,
                findings.findings());
    }

    private void scanSource(ImageSource source, List<TargetInfo> targets, List<CoverageGap> gaps,
                            FindingAssembler findings) throws IOException {
        int first = targets.size();
        List<ImageTarget> images = source.targets();
        if (images.isEmpty()) {
            // Sources name the reason themselves (platform, empty index); this guard keeps any other way of
            // finding nothing from passing as a clean scan.
            throw new ScanException("found no image to scan");
        }
        for (ImageTarget image : images) {
            int index = targets.size();
            targets.add(new TargetInfos(detector).of(image).withExposure(ExposureFindings.of(source)));
            new ConfigScanner(detector).scan(image.config(), d -> findings.add(index, d));
            new AnnotationScanner(detector).scan(image, d -> findings.add(index, d));
            TargetLayers layers = new LayerScheduler(detector, settings, cache).scan(source, image, index);
            gaps.addAll(layers.gaps());
            HidingResolver hiding = new HidingResolver(layers.entries());
            layers.detections().forEach(d -> findings.add(index, d.withLocation(hiding.resolve(d.location()))));
        }
        AttestationScanner attestations = new AttestationScanner(detector);
        for (Attestation a : source.attestations()) {
            int target = attestationTarget(a, images, first);
            attestations.scan(source, a, target, d -> findings.add(target, d)).ifPresent(gaps::add);
        }
    }

    private static int attestationTarget(Attestation a, List<ImageTarget> images, int first) {
        for (int i = 0; i < images.size(); i++) {
            if (a.subjectDigest().isPresent() && a.subjectDigest().equals(images.get(i).manifestDigest())) {
                return first + i;
            }
        }
        if (images.isEmpty()) {
            throw new ScanException("attestation " + a.layer().digest() + " of " + a.reference()
                    + " belongs to no scanned image");
        }
        return first;
    }

    private void scanCiEnvironment(CiEnvironmentInput env, List<TargetInfo> targets, FindingAssembler findings) {
        int index = targets.size();
        targets.add(new TargetInfo(TargetInfo.CI_ENV, env.name(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Map.of()));
        for (EnvVariable v : env.variables()) {
            Location base = Location.of(LocationKind.CI_ENV).key(v.key()).build();
            detector.scanCiVariable(base, v.key(), v.value(), d -> findings.add(index, d));
        }
    }

    /** An I/O error as one line, without a stack trace. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file " + message;
        }
        return message == null || message.isBlank() ? type : message.lines().findFirst().orElse(type);
    }
}
