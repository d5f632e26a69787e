package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.bakedsecrets.core.image.testing.GnuTar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sparse files, as GNU tar writes them with {@code -S} in every format, are read in full at the cost of their stored
 * bytes, however large they claim to be; a variant that cannot be read is a coverage gap, never a silent skip.
 */
class SparseTarTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @TempDir
    Path tmp;

    private Path files;
    private final String head = "head-" + UUID.randomUUID();
    private final String tail = "tail-" + UUID.randomUUID();
    private final String after = "after-" + UUID.randomUUID();

    @BeforeEach
    void needGnuTar() throws IOException {
        assumeTrue(GnuTar.available(), "GNU tar is not installed");
        files = Files.createDirectories(tmp.resolve("files"));
        Files.writeString(files.resolve("after.txt"), after);
    }

    private static RecordingVisitor walk(byte[] tar) throws IOException {
        RecordingVisitor v = new RecordingVisitor();
        new LayerWalker(WalkLimits.DEFAULT).walk(new ByteArrayInputStream(tar), v);
        return v;
    }

    private void sparse(String name, long size, long tailAt) throws IOException {
        boolean sparse = GnuTar.sparseFile(files.resolve(name), size, Map.of(0L, head + "\n", tailAt, tail + "\n"));
        assumeTrue(sparse, "the file system does not keep files sparse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=gnu", "--format=pax --sparse-version=0.0", "--format=pax --sparse-version=0.1",
        "--format=pax --sparse-version=1.0"})
    void shouldReadDataAroundHolesWithoutProducingThemWhenTarWroteSparseFile(String options) throws IOException {
        sparse("data.bin", 8L * 1024 * 1024, 6_000_000);

        RecordingVisitor v = walk(GnuTar.sparseTar(files, List.of(options.split(" ")), "data.bin", "after.txt"));

        assertThat(v.gaps).isEmpty();
        assertThat(v.files.get("/data.bin")).startsWith(head + "\n").contains(tail + "\n").hasSizeLessThan(64 * 1024);
        assertThat(v.files).containsEntry("/after.txt", after);
    }

    @Test
    void shouldReadPax1SparseFileOver2GibFromItsOwnMap() throws IOException {
        sparse("big.img", 3 * GIB, 2_700_000_000L);

        RecordingVisitor v = walk(GnuTar.sparseTar(files, List.of("--format=pax"), "big.img", "after.txt"));

        assertThat(v.gaps).isEmpty();
        assertThat(v.files.get("/big.img")).startsWith(head + "\n").contains(tail + "\n");
        assertThat(v.files).containsEntry("/after.txt", after);
    }

    @Test
    void shouldRecordGapAndGoOnWhenPax0SparseFileIsOver2Gib() throws IOException {
        sparse("big.img", 3 * GIB, 2_700_000_000L);

        RecordingVisitor v = walk(GnuTar.sparseTar(files, List.of("--format=pax", "--sparse-version=0.1"),
                "big.img", "after.txt"));

        assertThat(v.gaps).containsExactly("unreadable /big.img");
        assertThat(v.events).contains("other /big.img");
        assertThat(v.files).containsEntry("/after.txt", after).doesNotContainKey("/big.img");
    }

    @Test
    void shouldReadManySparseFilesAtTheCostOfTheirStoredBytes() throws IOException {
        String[] names = new String[64];
        for (int i = 0; i < names.length; i++) {
            names[i] = "f" + i;
            sparse(names[i], GIB, GIB - 4096);
        }
        byte[] tar = GnuTar.sparseTar(files, List.of("--format=gnu"), names);

        // A hang guard: producing the holes would take minutes.
        RecordingVisitor v = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> walk(tar));

        assertThat(v.files).hasSize(names.length).allSatisfy((path, content) ->
                assertThat(content).startsWith(head + "\n").contains(tail + "\n").hasSizeLessThan(64 * 1024));
    }

    @Test
    void shouldRecordGapAndGoOnWhenSparseFileIsInStarFormat() throws IOException {
        // star marks a sparse file with PAX records; commons-compress's writer never writes them, so write them raw.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            put(out, new TarArchiveEntry("PaxHeaders/star.img", TarConstants.LF_PAX_EXTENDED_HEADER_LC),
                    paxRecord("SCHILY.filetype", "sparse") + paxRecord("SCHILY.realsize", String.valueOf(GIB)));
            put(out, new TarArchiveEntry("star.img"), head);
            put(out, new TarArchiveEntry("after.txt"), after);
        }

        RecordingVisitor v = walk(bytes.toByteArray());

        assertThat(v.gaps).containsExactly("unreadable /star.img");
        assertThat(v.files).containsOnlyKeys("/after.txt").containsEntry("/after.txt", after);
    }

    private static void put(TarArchiveOutputStream out, TarArchiveEntry entry, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        entry.setSize(data.length);
        out.putArchiveEntry(entry);
        out.write(data);
        out.closeArchiveEntry();
    }

    /** {@code LENGTH KEY=VALUE\n}, where LENGTH counts the whole record, its own digits included. */
    private static String paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int length = body.length() + 1;
        while (String.valueOf(length).length() + body.length() != length) {
            length++;
        }
        return length + body;
    }

    @Test
    void shouldReadSparseFileInsideATarInsideTheLayer() throws IOException {
        sparse("data.bin", 8L * 1024 * 1024, 6_000_000);
        byte[] inner = GnuTar.sparseTar(files, List.of("--format=gnu"), "data.bin");
        Files.write(files.resolve("bundle.tar"), inner);

        RecordingVisitor v = walk(GnuTar.sparseTar(files, List.of("--format=gnu"), "bundle.tar"));

        assertThat(v.files.get("/bundle.tar!/data.bin")).startsWith(head + "\n").contains(tail + "\n")
                .hasSizeLessThan(64 * 1024);
        assertThat(v.gaps).isEmpty();
    }
}
