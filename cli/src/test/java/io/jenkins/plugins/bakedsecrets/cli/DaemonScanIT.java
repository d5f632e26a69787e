package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.daemon.PodmanService;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning an image through a real engine API ({@code docker-daemon:}) finds what scanning its archive finds. */
class DaemonScanIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "localhost/team/app:v1";
    private static final String TOKEN = PlantedSecrets.githubToken();
    private static final String PASSWORD = PlantedSecrets.password();

    @TempDir
    static Path dir;
    private static PodmanService podman;

    private static ImageBuilder planted() {
        return TestImages.image()
                .layer(l -> l.file("app/.env", "DB_PASSWORD=" + PASSWORD + "\n"))
                .layer(l -> l.whiteout("app/.env"))
                .env("GITHUB_TOKEN=" + TOKEN);
    }

    @BeforeAll
    static void startEngineAndLoad() throws Exception {
        assumeTrue(Files.isExecutable(PodmanService.BINARY), "podman is not installed");
        TestImages.dockerArchive().add(planted(), IMAGE).writeClassic(dir.resolve("app.tar"));
        Files.writeString(dir.resolve("key"), "daemon-scan-fingerprint-key");
        podman = new PodmanService(Files.createDirectories(dir.resolve("podman")));
        podman.load(dir.resolve("app.tar"));
    }

    @AfterAll
    static void stopEngine() {
        if (podman != null) {
            podman.close();
        }
    }

    /** Runs {@code scan} with the engine in the environment and the JVM's temporary directory at {@code tmp}. */
    private static JarRunner.Result scan(String reference, Path tmp, String output) throws Exception {
        return JarRunner.runWithEnvironment(dir, List.of("-Xmx512m", "-Djava.io.tmpdir=" + tmp),
                Map.of("DOCKER_HOST", podman.dockerHost()), "scan", reference, "--format", "json", "-o", output,
                "--fingerprint-key-file", dir.resolve("key").toString());
    }

    private static List<String> findingIds(String output) throws Exception {
        String text = Files.readString(dir.resolve(output));
        LeakCheck.assertNoLeak("report", text, TOKEN);
        LeakCheck.assertNoLeak("report", text, PASSWORD);
        List<String> ids = new ArrayList<>();
        JsonNode report = JSON.readTree(text);
        report.get("findings").forEach(f -> ids.add(f.get("findingId").asText()));
        return ids.stream().sorted().toList();
    }

    private static List<Path> contents(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void shouldFindWhatTheArchiveHoldsAndDeleteTheSpooledExport() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp-daemon"));
        JarRunner.Result daemon = scan("docker-daemon:" + IMAGE, tmp, "daemon.json");
        JarRunner.Result archive = scan("docker-archive:" + dir.resolve("app.tar"),
                Files.createDirectories(dir.resolve("tmp-archive")), "archive.json");

        assertThat(daemon.exitCode()).as(daemon.stderr()).isEqualTo(1);
        assertThat(archive.exitCode()).as(archive.stderr()).isEqualTo(1);
        assertThat(findingIds("daemon.json")).hasSize(2).isEqualTo(findingIds("archive.json"));
        assertThat(contents(tmp)).isEmpty();
        LeakCheck.assertNoLeak("scan output", daemon.all(), TOKEN);
    }

    @Test
    void shouldSpoolTheExportIntoTheTemporaryDirectory() throws Exception {
        // A missing temporary directory makes the scan fail: proof that the export goes there and nowhere else.
        JarRunner.Result r = scan("docker-daemon:" + IMAGE, dir.resolve("no-such-dir"), "never.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("no-such-dir").doesNotContain("\tat ");
        assertThat(dir.resolve("never.json")).doesNotExist();
    }
}
