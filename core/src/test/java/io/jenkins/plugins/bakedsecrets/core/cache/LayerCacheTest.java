package io.jenkins.plugins.bakedsecrets.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store itself: sealed entries, owner-only key, rejection of damaged entries, size bound, crash leftovers. */
class LayerCacheTest {
    @TempDir
    Path dir;

    private Path cacheDir() {
        return dir.resolve("cache");
    }

    private LayerCache open(long maxBytes) {
        return LayerCache.open(new CacheSettings(cacheDir(), maxBytes, true));
    }

    private static EntryKey key(LayerCache cache, String part) {
        return cache.key().add(part).build();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadBackWhatItWroteUnderTheSameParts() {
        LayerCache cache = open(1 << 20);
        cache.write(key(cache, "layer a"), bytes("payload of a"));

        LayerCache reopened = open(1 << 20);

        assertThat(reopened.read(key(reopened, "layer a"))).hasValueSatisfying(
                p -> assertThat(new String(p, StandardCharsets.UTF_8)).isEqualTo("payload of a"));
        assertThat(reopened.read(key(reopened, "layer b"))).isEmpty();
        assertThat(reopened.statistics()).extracting(CacheStatistics::hits, CacheStatistics::misses)
                .containsExactly(1, 1);
    }

    @Test
    void shouldKeepKeyAndDirectoriesOwnerOnly() throws Exception {
        LayerCache cache = open(1 << 20);
        cache.write(key(cache, "x"), bytes("y"));
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir().resolve("key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir()))).isEqualTo("rwx------");
        try (Stream<Path> entries = Files.list(cacheDir().resolve("entries"))) {
            assertThat(entries).allSatisfy(e -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(e))).isEqualTo("rw-------"));
        }
    }

    @Test
    void shouldRefuseAKeyOthersCanRead() throws Exception {
        open(1 << 20);
        Path key = cacheDir().resolve("key");
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        LayerCache cache = open(1 << 20);

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.statistics().problems()).singleElement().asString()
                .contains("readable or writable by others");
    }

    @Test
    void shouldRejectAnEntrySealedUnderAnotherKey() throws Exception {
        LayerCache first = open(1 << 20);
        first.write(key(first, "a"), bytes("secret-free payload"));
        Path entry;
        try (Stream<Path> entries = Files.list(cacheDir().resolve("entries"))) {
            entry = entries.findFirst().orElseThrow();
        }
        byte[] sealed = Files.readAllBytes(entry);
        Files.delete(cacheDir().resolve("key"));
        LayerCache second = open(1 << 20);
        EntryKey sameParts = key(second, "a");
        Files.write(cacheDir().resolve("entries").resolve(sameParts.fileName()), sealed);

        assertThat(second.read(sameParts)).isEmpty();
        assertThat(second.statistics().rejected()).isEqualTo(1);
        assertThat(cacheDir().resolve("entries").resolve(sameParts.fileName())).doesNotExist();
    }

    @Test
    void shouldRejectAndRemoveATruncatedOrEmptyEntry() throws Exception {
        LayerCache cache = open(1 << 20);
        EntryKey truncated = key(cache, "truncated");
        EntryKey empty = key(cache, "empty");
        cache.write(truncated, new byte[4000]);
        cache.write(empty, new byte[10]);
        Path entries = cacheDir().resolve("entries");
        byte[] whole = Files.readAllBytes(entries.resolve(truncated.fileName()));
        Files.write(entries.resolve(truncated.fileName()), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.write(entries.resolve(empty.fileName()), new byte[0]);

        LayerCache reopened = open(1 << 20);

        assertThat(reopened.read(key(reopened, "truncated"))).isEmpty();
        assertThat(reopened.read(key(reopened, "empty"))).isEmpty();
        assertThat(reopened.statistics()).extracting(CacheStatistics::rejected, CacheStatistics::hits,
                CacheStatistics::misses).containsExactly(2, 0, 2);
        assertThat(entries.resolve(truncated.fileName())).doesNotExist();
        assertThat(entries.resolve(empty.fileName())).doesNotExist();
        assertThat(reopened.statistics().warning()).isEmpty();
    }

    @Test
    void shouldGoOnWithoutStoringAndSayItOnceWhenTheDirectoryBreaks() throws Exception {
        LayerCache cache = open(1 << 20);
        Path entries = cacheDir().resolve("entries");
        Files.delete(entries);
        Files.writeString(entries, "not a directory");
        Files.delete(cacheDir().resolve("tmp"));
        Files.writeString(cacheDir().resolve("tmp"), "not a directory either");

        for (String part : List.of("a", "b", "c")) {
            cache.write(key(cache, part), bytes("payload"));
            assertThat(cache.read(key(cache, part))).isEmpty();
        }

        CacheStatistics stats = cache.statistics();
        assertThat(stats.stored()).isZero();
        assertThat(stats.hits()).isZero();
        assertThat(stats.problemCount()).isEqualTo(6);
        assertThat(stats.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("layer cache: cannot write")
                .endsWith("(and 5 more cache problems)").doesNotContain("\n"));
    }

    @Test
    void shouldSummariseProblemsInOneLine() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add("problem " + i);
        }

        assertThat(new CacheStatistics(0, 0, 0, 0, 0, List.of(), 0).warning()).isEmpty();
        assertThat(new CacheStatistics(0, 0, 0, 0, 0, List.of("only"), 1).warning()).hasValue("only");
        assertThat(new CacheStatistics(0, 0, 0, 0, 0, List.of("first", "second"), 2).warning())
                .hasValue("first (and 1 more cache problem)");
        assertThat(new CacheStatistics(0, 0, 0, 0, 0, many, 25).warning())
                .hasValue("problem 0 (and 24 more cache problems)");
    }

    @Test
    void shouldEvictLeastRecentlyUsedEntriesBeyondTheSizeBound() throws Exception {
        byte[] payload = new byte[1000];
        LayerCache cache = open(3500);
        EntryKey a = key(cache, "a");
        EntryKey b = key(cache, "b");
        EntryKey c = key(cache, "c");
        cache.write(a, payload);
        cache.write(b, payload);
        cache.write(c, payload);
        Path entries = cacheDir().resolve("entries");
        Files.setLastModifiedTime(entries.resolve(a.fileName()), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Files.setLastModifiedTime(entries.resolve(b.fileName()), FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        Files.setLastModifiedTime(entries.resolve(c.fileName()), FileTime.from(Instant.parse("2024-01-03T00:00:00Z")));
        assertThat(cache.read(a)).isPresent();

        cache.write(key(cache, "d"), payload);

        assertThat(entries.resolve(b.fileName())).doesNotExist();
        assertThat(entries.resolve(a.fileName())).exists();
        assertThat(entries.resolve(c.fileName())).exists();
        assertThat(cache.statistics().evicted()).isEqualTo(1);
    }

    @Test
    void shouldRemoveTemporaryFilesACrashLeftBehind() throws Exception {
        open(1 << 20);
        Path tmp = cacheDir().resolve("tmp");
        Path old = Files.writeString(tmp.resolve("half-written.tmp"), "partial");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path current = Files.writeString(tmp.resolve("being-written.tmp"), "partial");

        open(1 << 20);

        assertThat(old).doesNotExist();
        assertThat(current).exists();
    }

    @Test
    void shouldStoreNothingWhenDisabled() {
        LayerCache cache = LayerCache.open(new CacheSettings(cacheDir(), 1 << 20, false));

        assertThat(cache.enabled()).isFalse();
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void shouldReportAndSkipACacheDirectoryThatCannotBeMade() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        LayerCache cache = LayerCache.open(CacheSettings.in(file.resolve("cache")));

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.statistics().problems()).singleElement().asString().contains("not used");
    }

    @Test
    void shouldPutTheDefaultDirectoryUnderXdgCacheHome() {
        Path home = Path.of("/home/u");

        assertThat(CacheSettings.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/u"), home))
                .isEqualTo(Path.of("/var/cache/u/baked-secrets"));
        assertThat(CacheSettings.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/u/.cache/baked-secrets"));
        assertThat(CacheSettings.defaultDirectory(Map.of(), home)).isEqualTo(Path.of("/home/u/.cache/baked-secrets"));
    }
}
