package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ZipBuilder;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelined scans (layers read ahead, small files detected in batches on other threads, large ones by the walker)
 * give exactly the report of a scan on one thread, at every size boundary of the hand-off.
 */
class ParallelScanTest {
    private static final FingerprintKey KEY = FingerprintKey.of("parallel-test-key-0123456789".getBytes(
            StandardCharsets.UTF_8));
    private static final int SMALL = DetectionPool.SMALL_FILE;

    @TempDir
    Path dir;

    /** {@code size} bytes of text lines ending with a line that holds {@code token}. */
    private static byte[] fileEndingWith(int size, String token) {
        String last = "token: " + token + "\n";
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size - last.length()) {
            text.append("just some ordinary line of text\n");
        }
        text.setLength(size - last.length());
        text.append(last);
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private final byte[] exact = fileEndingWith(SMALL, PlantedSecrets.githubToken());
    private final byte[] oneMore = fileEndingWith(SMALL + 1, PlantedSecrets.githubToken());
    private final byte[] big = fileEndingWith(3 * 1024 * 1024, PlantedSecrets.githubToken());
    private final byte[] large = fileEndingWith(SMALL + 4096, PlantedSecrets.githubToken());

    private ImageBuilder image() {
        ImageBuilder image = TestImages.image().layer(Compression.GZIP, l -> {
            for (int i = 0; i < 400; i++) {
                String content = i % 40 == 0 ? "password = " + PlantedSecrets.password() + "\n"
                        : "line " + i + "\n".repeat(1 + i % 7) + "x".repeat(4000) + "\n";
                l.file("srv/small/f" + i + ".txt", content);
            }
            l.file("srv/exact.txt", exact);
            l.file("srv/one-more.txt", oneMore);
            l.file("srv/big.txt", big);
            l.file("srv/empty.txt", new byte[0]);
        });
        ZipBuilder jar = TestImages.zip();
        for (int i = 0; i < 50; i++) {
            jar.entry("config/c" + i + ".properties", i % 10 == 0 ? "db.password=" + PlantedSecrets.password() + "\n"
                    : "key" + i + "=value\n");
        }
        // Deflated entries announce their size only after their data: read up to the limit, then decided.
        jar.entry("config/large.properties", large);
        jar.entry("config/at-limit.properties", exact);
        return image.layer(Compression.GZIP, l -> l.file("app/app.jar", jar.bytes()).whiteout("srv/small/f40.txt")
                .file("srv/small/f80.txt", "overwritten\n"));
    }

    private static ScanReport scan(Path archive, int parallelism) {
        ScanSettings settings = new ScanSettings(parallelism, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        return new ImageScanner(SecretDetector.builtIn(KnownSecrets.none()), KEY, settings,
                (ref, selector) -> ImageSources.open(ImageReference.parse(ref), selector))
                .scan(new ScanRequest(List.of("docker-archive:" + archive), TargetSelector.ALL, Optional.empty()));
    }

    @Test
    void shouldGiveTheSingleThreadedReportWhenPipelined() throws Exception {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(image(), "app:1").writeClassic(archive);

        ScanReport single = scan(archive, 1);

        assertThat(scan(archive, 2)).isEqualTo(single);
        assertThat(scan(archive, 4)).isEqualTo(single);
        assertThat(single.findings()).extracting(f -> f.location().path().orElseThrow() + ":"
                + f.location().line().orElse(0)).contains("/srv/exact.txt:" + lastLine(exact),
                "/srv/one-more.txt:" + lastLine(oneMore), "/srv/big.txt:" + lastLine(big),
                "/app/app.jar!/config/large.properties:" + lastLine(large),
                "/app/app.jar!/config/at-limit.properties:" + lastLine(exact), "/srv/small/f0.txt:1",
                "/app/app.jar!/config/c40.properties:1");
        assertThat(single.findings()).filteredOn(f -> f.location().path().orElseThrow().equals("/srv/small/f40.txt"))
                .singleElement().extracting(Finding::location).satisfies(l -> assertThat(l.deleted()).isTrue());
    }

    /** The 1-based number of the last line (the content ends with a newline). */
    private static long lastLine(byte[] content) {
        long newlines = 0;
        for (byte b : content) {
            newlines += b == '\n' ? 1 : 0;
        }
        return newlines;
    }
}
