package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layer of a million entries (files and whiteouts) and a layer holding one 200 MiB line scan with a 256 MiB heap,
 * two layers at once: per-layer state stays compact and a line is scanned in windows. (No timing is asserted.)
 */
class BoundedMemoryIT {
    private static final int ENTRIES = 1_000_000;
    private static final long LINE_BYTES = 200L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldScanAMillionEntriesAndA200MibLineWithSmallHeap() throws Exception {
        String token = PlantedSecrets.githubToken();
        String password = PlantedSecrets.password();
        Path blobs = Files.createDirectories(dir.resolve("layout/blobs/sha256"));
        OciLayouts.LayerBlob many = gzipLayer(blobs, tar -> manyEntries(tar, password));
        OciLayouts.LayerBlob line = gzipLayer(blobs, tar -> oneLongLine(tar, token));
        Path layout = OciLayouts.write(dir.resolve("layout"), "big", List.of(many, line));

        JarRunner.Result r = JarRunner.runWithJvm(dir, List.of("-Xmx256m"), "scan", "oci:" + layout + ":big",
                "--parallelism", "2", "--format", "json", "-o", "report.json");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        JsonNode findings = JSON.readTree(dir.resolve("report.json").toFile()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("github-token");
            assertThat(f.get("location").get("path").asText()).isEqualTo("/data/line.txt");
            assertThat(f.get("location").get("line").asInt()).isEqualTo(1);
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.get("location").get("path").asText())
                .isEqualTo("/etc/app/app.env"));
        assertThat(r.all()).doesNotContain(token).doesNotContain(password);
    }

    /** Empty files in a thousand directories, a tenth of them whiteouts, and one file with a password. */
    private static void manyEntries(TarArchiveOutputStream tar, String password) throws IOException {
        for (int i = 0; i < ENTRIES; i++) {
            String name = String.format("srv/d%03d/%sf%06d", i % 1000, i % 10 == 0 ? ".wh." : "", i);
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(0);
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
        }
        byte[] env = ("APP_PASSWORD=" + password + "\n").getBytes(StandardCharsets.US_ASCII);
        TarArchiveEntry e = new TarArchiveEntry("etc/app/app.env");
        e.setSize(env.length);
        tar.putArchiveEntry(e);
        tar.write(env);
        tar.closeArchiveEntry();
    }

    /** One 200 MiB line of words without a newline, the token near its end. */
    private static void oneLongLine(TarArchiveOutputStream tar, String token) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry("data/line.txt");
        e.setSize(LINE_BYTES);
        tar.putArchiveEntry(e);
        byte[] words = "lorem ipsum dolor sit amet ".repeat(4000).getBytes(StandardCharsets.US_ASCII);
        byte[] secret = (" token=" + token + " ").getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        boolean planted = false;
        while (written < LINE_BYTES) {
            if (!planted && written >= LINE_BYTES - (1 << 20)) {
                tar.write(secret);
                written += secret.length;
                planted = true;
                continue;
            }
            int n = (int) Math.min(words.length, LINE_BYTES - written);
            tar.write(words, 0, n);
            written += n;
        }
        tar.closeArchiveEntry();
    }

    @FunctionalInterface
    private interface TarContent {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    /** Writes a gzip layer blob, streaming, and returns its diff ID, digest and size. */
    private static OciLayouts.LayerBlob gzipLayer(Path blobs, TarContent content) throws IOException {
        Path tmp = Files.createTempFile(blobs, "layer", ".tmp");
        MessageDigest compressed = OciLayouts.sha256();
        MessageDigest uncompressed = OciLayouts.sha256();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
             OutputStream gzip = new GZIPOutputStream(new DigestOutputStream(file, compressed), 1 << 16) {
                 {
                     def.setLevel(Deflater.BEST_SPEED);
                 }
             };
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new DigestOutputStream(gzip, uncompressed))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            content.write(tar);
        }
        String hex = HexFormat.of().formatHex(compressed.digest());
        Path blob = blobs.resolve(hex);
        Files.move(tmp, blob);
        return new OciLayouts.LayerBlob("sha256:" + HexFormat.of().formatHex(uncompressed.digest()), "sha256:" + hex,
                Files.size(blob), OciLayouts.TAR_GZIP);
    }
}
