package io.jenkins.plugins.bakedsecrets.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureStoreTest {
    private static final int BUILDS = 40;

    @TempDir
    Path home;

    @Test
    void shouldLoseNoUpdateWhenBuildsRecordConcurrentlyIntoOneShard() throws Exception {
        ExposureStore store = new ExposureStore(home.toFile());
        String shared = fingerprint("ab");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int b = 1; b <= BUILDS; b++) {
            int build = b;
            tasks.add(() -> {
                store.record("app", build, List.of(row(shared, build), row(fingerprint("ab"), build)));
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.all()).hasSize(2 * BUILDS);
        assertThat(store.of(shared)).extracting(SightingRow::build).hasSize(BUILDS).doesNotHaveDuplicates();
    }

    @Test
    void shouldReplaceRowsOfBuildWhenReplacedAndDropThemWhenPurged() throws Exception {
        ExposureStore store = new ExposureStore(home.toFile());
        String first = fingerprint("01");
        String second = fingerprint("fe");
        store.record("app", 1, List.of(row(first, 1), row(second, 1)));
        store.record("app", 2, List.of(row(first, 2)));

        store.record("app", 2, List.of(row(first, 2)));
        assertThat(store.of(first)).extracting(SightingRow::build).containsExactlyInAnyOrder(1, 2);
        store.replace("app", 1, List.of(row(second, 1)));
        assertThat(store.of(first)).extracting(SightingRow::build).containsExactly(2);

        store.purge("app", 2);
        assertThat(store.all()).extracting(SightingRow::fingerprint, SightingRow::build)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, 1));
    }

    @Test
    void shouldKeepEveryRotationMark() throws Exception {
        ExposureStore store = new ExposureStore(home.toFile());
        String fp = fingerprint("10");

        store.markRotated(new RotationRow(fp, "alice", 1_000L, "TICKET-1"));
        store.markRotated(new RotationRow(fp, "bob", 2_000L, ""));

        assertThat(new ExposureStore(home.toFile()).rotations()).extracting(RotationRow::rotatedBy)
                .containsExactly("alice", "bob");
    }

    @Test
    void shouldShardByFirstTwoHexDigitsAfterScheme() {
        assertThat(ExposureStore.shard("hmac-sha256:ff00")).isEqualTo(255);
        assertThat(ExposureStore.shard("hmac-sha256:0a11")).isEqualTo(10);
        assertThat(ExposureStore.shard("hmac-sha256:zz")).isZero();
    }

    private static SightingRow row(String fingerprint, int build) {
        return new SightingRow(fingerprint, "app", build, "sha256:" + "0".repeat(64), "docker-archive:app.tar",
                "finding-" + build, "github-fine-grained-pat", build % 2 == 0, 1_000L * build);
    }

    private static String fingerprint(String prefix) {
        byte[] random = new byte[31];
        new Random().nextBytes(random);
        return "hmac-sha256:" + prefix + HexFormat.of().formatHex(random);
    }
}
