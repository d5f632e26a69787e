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
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 GiB single-file layer scans with a 256 MiB heap and no usable temp directory: the scanner streams and never
 * holds a layer in memory or extracts it to disk. (No timing is asserted; bench/ measures speed.)
 */
class LargeLayerIT {
    private static final long FILE_BYTES = 2L * 1024 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldScanTwoGibibyteFileWithSmallHeapAndNoTempDirectory() throws Exception {
        String token = PlantedSecrets.githubToken();
        Path layout = writeLayout(dir.resolve("layout"), token);
        Path notADirectory = Files.writeString(dir.resolve("not-a-directory"), "x");

        JarRunner.Result r = JarRunner.runWithJvm(dir, List.of("-Xmx256m",
                "-Djava.io.tmpdir=" + notADirectory.resolve("tmp")), "scan", "oci:" + layout + ":big",
                "--format", "json", "-o", "big.json");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        JsonNode findings = JSON.readTree(dir.resolve("big.json").toFile()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("github-token");
            assertThat(f.get("location").get("path").asText()).isEqualTo("/data/big.log");
        });
        assertThat(r.all()).doesNotContain(token);
    }

    /** Writes an OCI layout whose one uncompressed layer holds one 2 GiB text file, streaming, never in memory. */
    private static Path writeLayout(Path layout, String token) throws IOException {
        Path blobs = Files.createDirectories(layout.resolve("blobs/sha256"));
        Path tmp = layout.resolve("layer.tmp");
        MessageDigest sha = OciLayouts.sha256();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new DigestOutputStream(file, sha))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry("data/big.log");
            entry.setSize(FILE_BYTES);
            tar.putArchiveEntry(entry);
            writeContent(tar, token);
            tar.closeArchiveEntry();
        }
        String layerHex = HexFormat.of().formatHex(sha.digest());
        Files.move(tmp, blobs.resolve(layerHex));
        return OciLayouts.write(layout, "big", List.of(new OciLayouts.LayerBlob("sha256:" + layerHex,
                "sha256:" + layerHex, Files.size(blobs.resolve(layerHex)), OciLayouts.TAR)));
    }

    /** Log-like lines; the token sits 1 MiB before the end, so the whole file must be read to find it. */
    private static void writeContent(OutputStream out, String token) throws IOException {
        byte[] chunk = ("2024-01-01T00:00:00Z INFO request served path=/api/v1/items status=200 bytes=5120\n")
                .repeat(800).getBytes(StandardCharsets.US_ASCII);
        byte[] secretLine = ("export GITHUB_TOKEN=" + token + "\n").getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        long plantAt = FILE_BYTES - (1 << 20);
        boolean planted = false;
        while (written < FILE_BYTES) {
            if (!planted && written >= plantAt) {
                out.write(secretLine);
                written += secretLine.length;
                planted = true;
                continue;
            }
            int n = (int) Math.min(chunk.length, FILE_BYTES - written);
            out.write(chunk, 0, n);
            written += n;
        }
    }
}
