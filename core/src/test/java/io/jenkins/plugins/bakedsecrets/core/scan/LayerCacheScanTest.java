package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.bakedsecrets.core.cache.CacheSettings;
import io.jenkins.plugins.bakedsecrets.core.cache.CacheStatistics;
import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.RuleSet;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.image.ForwardingImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layer cache through whole scans: same reports, only changed layers read, misses when inputs change. */
class LayerCacheScanTest {
    private static final FingerprintKey KEY = FingerprintKey.of("cache-test-key-0123456789".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private final String password = PlantedSecrets.password();
    private final String awsSecret = PlantedSecrets.awsSecretKey();
    private final String githubToken = PlantedSecrets.githubToken();
    /** The indexes of the layers the last scan read from its source. */
    private final List<Integer> opened = new ArrayList<>();

    /** Four layers: findings in the lower three, which the top layer hides in every way a layer can. */
    private ImageBuilder image(String top) {
        return TestImages.image()
                .layer(l -> l.file("app/.env", "DB_PASSWORD=" + password + "\n")
                        .file("tmp/id_rsa.env", "API_KEY=" + password + "x\n")
                        .hardLink("opt/keep.env", "tmp/id_rsa.env")
                        .file("etc/app.conf", "token = " + githubToken + "\n"))
                .layer(l -> l.file("root/.aws/credentials", "[default]\naws_secret_access_key = " + awsSecret + "\n")
                        .file("srv/cache/a.txt", "password=" + password + "\n"))
                .layer(l -> l.file("app/.env", "DB_PASSWORD=${DB_PASSWORD}\n").whiteout("tmp/id_rsa.env"))
                .layer(l -> {
                    l.file("etc/motd", top + "\n");
                    if (top.contains("hide")) {
                        l.whiteout("root/.aws/credentials").opaque("srv/cache").file("etc/app.conf", "token=\n");
                    }
                });
    }

    private Path archive(String name, ImageBuilder image) throws IOException {
        Path archive = dir.resolve(name);
        TestImages.dockerArchive().add(image, "app:1").writeClassic(archive);
        return archive;
    }

    private ScanReport scan(Path archive, LayerCache cache) {
        return scan(archive, cache, SecretDetector.builtIn(KnownSecrets.none()), 2);
    }

    private ScanReport scan(Path archive, LayerCache cache, SecretDetector detector, int parallelism) {
        return scan("docker-archive:" + archive, cache, detector, parallelism);
    }

    private ScanReport scan(String reference, LayerCache cache, SecretDetector detector, int parallelism) {
        opened.clear();
        ScanSettings settings = new ScanSettings(parallelism, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        SourceOpener counting = (ref, selector) -> new ForwardingImageSource(
                ImageSources.open(ImageReference.parse(ref), selector)) {
            @Override
            public InputStream openLayer(LayerRef layer) throws IOException {
                synchronized (opened) {
                    opened.add(layer.index());
                }
                return super.openLayer(layer);
            }
        };
        return new ImageScanner(detector, KEY, settings, counting).withCache(cache)
                .scan(new ScanRequest(List.of(reference), TargetSelector.ALL, Optional.empty()));
    }

    private LayerCache cache() {
        return LayerCache.open(CacheSettings.in(dir.resolve("cache")));
    }

    /** An OCI layout of the image, and the path of its bottom layer's (compressed) blob. */
    private Path[] layout(String name) throws IOException {
        Path layout = TestImages.layout().add(image("hide"), "app").writeDirectory(dir.resolve(name));
        try (ImageSource source = ImageSources.open(ImageReference.parse("oci:" + layout + ":app"),
                TargetSelector.ALL)) {
            String digest = source.targets().get(0).layers().get(0).descriptor().digest();
            return new Path[] {layout, layout.resolve(TestImages.blobPath(digest))};
        }
    }

    private ScanReport scanLayout(Path layout, LayerCache cache) {
        return scan("oci:" + layout + ":app", cache, SecretDetector.builtIn(KnownSecrets.none()), 2);
    }

    /**
     * Scans without a cache and with the filled one: both must fail, with the same message. Returns the failure of
     * the uncached scan.
     */
    private Throwable assertFailsWithTheErrorOfAnUncachedScan(Function<LayerCache, ScanReport> scan) {
        Throwable uncached = catchThrowable(() -> scan.apply(LayerCache.disabled()));
        Throwable cached = catchThrowable(() -> scan.apply(cache()));

        assertThat(uncached).isInstanceOf(ScanException.class);
        assertThat(cached).isInstanceOf(ScanException.class).hasMessage(uncached.getMessage());
        return uncached;
    }

    @Test
    void shouldFailAsAFullScanDoesWhenACachedLayerBlobWasReplaced() throws Exception {
        Path[] layout = layout("replaced");
        scanLayout(layout[0], cache());
        TestImages.flipByte(layout[1], 20);

        assertFailsWithTheErrorOfAnUncachedScan(cache -> scanLayout(layout[0], cache));
    }

    @Test
    void shouldFailAsAFullScanDoesWhenACachedLayerBlobIsMissing() throws Exception {
        Path[] layout = layout("missing");
        scanLayout(layout[0], cache());
        Files.delete(layout[1]);

        assertThat(assertFailsWithTheErrorOfAnUncachedScan(cache -> scanLayout(layout[0], cache)))
                .hasMessageContaining("absent");
    }

    @Test
    void shouldFailAsAFullScanDoesWhenAClassicArchiveLayerChangedAfterItWasCached() throws Exception {
        Path archive = dir.resolve("classic.tar");
        List<String> diffIds = TestImages.dockerArchive().add(image("hide"), "app:1").writeClassic(archive).get(0)
                .diffIds();
        scan(archive, cache());
        // Classic layers are named by their diff ID only: a changed file must be read again, not matched by name.
        TestImages.flipByteInTarEntry(archive, BuiltImage.hex(diffIds.get(1)) + "/layer.tar", 700);

        assertFailsWithTheErrorOfAnUncachedScan(cache -> scan(archive, cache));
    }

    @Test
    void shouldGiveTheSameReportFromCachedLayersAsFromAFullScan() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        ScanReport uncached = scan(archive, LayerCache.disabled());

        ScanReport first = scan(archive, cache());
        LayerCache again = cache();
        ScanReport second = scan(archive, again);

        assertThat(first).isEqualTo(uncached);
        assertThat(second).isEqualTo(uncached);
        assertThat(opened).isEmpty();
        assertThat(again.statistics().hits()).isEqualTo(4);
        assertThat(uncached.findings()).anySatisfy(f -> assertThat(f.location().deleted()).isTrue())
                .anySatisfy(f -> assertThat(f.location().overwritten()).isTrue());
    }

    @Test
    void shouldReadOnlyTheChangedTopLayerAndResolveHidingAcrossCachedLayers() throws Exception {
        LayerCache cache = cache();
        scan(archive("v1.tar", image("v1 hide")), cache);
        Path v2 = archive("v2.tar", image("v2 keep"));

        ScanReport rescan = scan(v2, cache());

        assertThat(opened).containsExactly(3);
        assertThat(rescan).isEqualTo(scan(v2, LayerCache.disabled()));
        // v1's top layer hid the credentials and the cache directory; v2's does not: the cached lower layers'
        // findings are shown as they are now, not as v1 left them.
        assertThat(finding(rescan, "/root/.aws/credentials").location().deleted()).isFalse();
        assertThat(finding(rescan, "/etc/app.conf").location().overwritten()).isFalse();
        ScanReport back = scan(archive("v3.tar", image("v3 hide")), cache());
        assertThat(opened).containsExactly(3);
        assertThat(finding(back, "/root/.aws/credentials").location().deleted()).isTrue();
        assertThat(finding(back, "/srv/cache/a.txt").location().deleted()).isTrue();
        assertThat(finding(back, "/etc/app.conf").location().overwritten()).isTrue();
    }

    @Test
    void shouldMissWhenKnownSecretsOrRulesChange() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        scan(archive, cache(), SecretDetector.builtIn(KnownSecrets.of(List.of(password + "-a"))), 2);

        LayerCache otherKnown = cache();
        ScanReport withKnown = scan(archive, otherKnown, SecretDetector.builtIn(KnownSecrets.of(List.of(password))),
                2);

        assertThat(otherKnown.statistics().hits()).isZero();
        assertThat(opened).hasSize(4);
        assertThat(withKnown.findings()).extracting(Finding::ruleId).contains("known-secret");
        RuleSet fewer = RuleSet.of("custom", RuleSet.builtIn().rules().stream()
                .filter(r -> !r.id().equals("github-token")).toList());
        LayerCache otherRules = cache();
        ScanReport withFewerRules = scan(archive, otherRules, SecretDetector.create(fewer, KnownSecrets.none()), 2);
        assertThat(otherRules.statistics().hits()).isZero();
        assertThat(withFewerRules.findings()).extracting(Finding::ruleId).doesNotContain("github-token");
    }

    @Test
    void shouldIgnoreAndRewriteACorruptedEntry() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        ScanReport reference = scan(archive, cache());
        List<Path> entries = entries();
        assertThat(entries).hasSize(4);
        Path damaged = entries.get(1);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(damaged, bytes);

        LayerCache afterDamage = cache();
        ScanReport rescan = scan(archive, afterDamage);

        assertThat(rescan).isEqualTo(reference);
        CacheStatistics stats = afterDamage.statistics();
        assertThat(stats.rejected()).isEqualTo(1);
        assertThat(stats.hits()).isEqualTo(3);
        assertThat(stats.stored()).isEqualTo(1);
        assertThat(opened).hasSize(1);
        LayerCache third = cache();
        scan(archive, third);
        assertThat(third.statistics().hits()).isEqualTo(4);
    }

    @Test
    void shouldRescanAndRewriteAnEntryACrashLeftTruncated() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        ScanReport reference = scan(archive, LayerCache.disabled());
        scan(archive, cache());
        Path cut = entries().get(2);
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        Files.writeString(dir.resolve("cache/tmp").resolve(cut.getFileName() + ".tmp"), "half an entry");

        LayerCache afterCrash = cache();
        ScanReport rescan = scan(archive, afterCrash);

        assertThat(rescan).isEqualTo(reference);
        assertThat(afterCrash.statistics()).extracting(CacheStatistics::rejected, CacheStatistics::hits,
                CacheStatistics::stored).containsExactly(1, 3, 1);
        assertThat(opened).hasSize(1);
        assertThat(afterCrash.statistics().warning()).isEmpty();
        LayerCache next = cache();
        assertThat(scan(archive, next)).isEqualTo(reference);
        assertThat(next.statistics().hits()).isEqualTo(4);
    }

    @Test
    void shouldGiveTheSameReportWhenTheCacheBreaksDuringTheScan() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        ScanReport reference = scan(archive, LayerCache.disabled());
        scan(archive, cache());
        LayerCache broken = cache();
        Path entries = dir.resolve("cache/entries");
        try (Stream<Path> files = Files.list(entries)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(entries);
        Files.writeString(entries, "in the way");

        ScanReport rescan = scan(archive, broken);

        assertThat(rescan).isEqualTo(reference);
        assertThat(opened).hasSize(4);
        assertThat(broken.statistics().stored()).isZero();
        assertThat(broken.statistics().warning()).hasValueSatisfying(w -> assertThat(w).startsWith("layer cache: ")
                .doesNotContain("\n"));
    }

    @Test
    void shouldGiveTheSameReportWhateverTheParallelismWithACache() throws Exception {
        Path archive = archive("app.tar", image("hide"));
        SecretDetector detector = SecretDetector.builtIn(KnownSecrets.none());

        ScanReport single = scan(archive, cache(), detector, 1);

        assertThat(scan(archive, LayerCache.disabled(), detector, 3)).isEqualTo(single);
        assertThat(scan(archive, cache(), detector, 3)).isEqualTo(single);
    }

    @Test
    void shouldStoreNeitherSecretsNorTheirUnkeyedDigests() throws Exception {
        String known = PlantedSecrets.password();
        ImageBuilder image = image("hide").layer(l -> l.file("etc/known.txt", "x " + known + "\n"));
        Path archive = archive("app.tar", image);
        scan(archive, cache(), SecretDetector.builtIn(KnownSecrets.of(List.of(known))), 2);

        List<String> planted = List.of(password, password + "x", awsSecret, githubToken, known);
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : planted) {
                    io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck.assertNoLeak(file.toString(), content,
                            secret);
                    byte[] digest = io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest.of(secret).bytes();
                    assertThat(content).as("unkeyed digest in %s", file)
                            .doesNotContain(new String(digest, StandardCharsets.ISO_8859_1))
                            .doesNotContain(java.util.HexFormat.of().formatHex(digest));
                }
            }
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache").resolve("entries"))) {
            return files.sorted().toList();
        }
    }

    private static Finding finding(ScanReport report, String path) {
        return report.findings().stream().filter(f -> f.location().path().equals(Optional.of(path))).findFirst()
                .orElseThrow(() -> new AssertionError("no finding in " + path));
    }
}
