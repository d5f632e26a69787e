package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exports an image from a real Podman service through its Docker-compatible API on a unix socket. */
class DockerEngineClientIntegrationTest {
    private static final String IMAGE = "localhost/fixture/app:v1";

    @TempDir
    static Path dir;
    private static PodmanService podman;
    private static String marker;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(PodmanService.BINARY), "podman is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/umoci")), "umoci is not installed");
        Path layout = dir.resolve("layout");
        Path file = dir.resolve("marker.txt");
        marker = "marker-" + UUID.randomUUID();
        Files.writeString(file, marker);
        run("umoci", "init", "--layout", layout.toString());
        run("umoci", "new", "--image", layout + ":v1");
        run("umoci", "insert", "--image", layout + ":v1", file.toString(), "/etc/marker.txt");
        Path archive = dir.resolve("image.tar");
        run("skopeo", "copy", "--quiet", "oci:" + layout + ":v1", "docker-archive:" + archive + ":" + IMAGE);
        podman = new PodmanService(Files.createDirectories(dir.resolve("podman")));
        podman.load(archive);
    }

    @AfterAll
    static void stop() {
        if (podman != null) {
            podman.close();
        }
    }

    private static DockerEngineClient client() {
        return new DockerEngineClient(DockerHost.fromEnvironment(Map.of("DOCKER_HOST", podman.dockerHost())));
    }

    @Test
    void shouldStreamDockerArchiveWhenImageExists() throws Exception {
        List<String> names = new ArrayList<>();
        String manifest = "";
        try (TarArchiveInputStream tar = new TarArchiveInputStream(client().export(IMAGE))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                names.add(entry.getName());
                if ("manifest.json".equals(entry.getName())) {
                    manifest = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }

        assertThat(names).contains("manifest.json");
        assertThat(manifest).contains("\"RepoTags\":[\"" + IMAGE + "\"]");
    }

    @Test
    void shouldSpoolArchiveToFileWhenExportingToDirectory() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));

        Path file = client().exportToFile(IMAGE, spool);

        assertThat(file.getParent()).isEqualTo(spool);
        assertThat(file.getFileName().toString()).startsWith("docker-export-").endsWith(".tar");
        assertThat(layerContains(file, marker)).isTrue();
    }

    @Test
    void shouldExplainRefusalWhenImageIsUnknown() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool-missing"));

        assertThatThrownBy(() -> client().exportToFile("localhost/none:v9", spool))
                .isInstanceOf(DockerEngineException.class)
                .hasMessageStartingWith("docker engine at " + podman.dockerHost()
                        + " refused to export localhost/none:v9 (HTTP 404)");
        try (var files = Files.list(spool)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void shouldReportUnreachableWhenSocketIsMissing() {
        String host = "unix://" + dir.resolve("absent.sock");
        DockerEngineClient client = new DockerEngineClient(DockerHost.parse(host));

        assertThatThrownBy(() -> client.export(IMAGE))
                .isInstanceOf(DockerEngineException.class)
                .hasMessageStartingWith("docker engine at " + host + " is unreachable: ");
    }

    /** Whether a layer of the docker-archive holds a file with the text, searched in nested layer tars. */
    private static boolean layerContains(Path archive, String text) throws IOException {
        try (InputStream in = Files.newInputStream(archive); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().endsWith(".tar") && nestedContains(tar.readAllBytes(), text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nestedContains(byte[] layer, String text) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new java.io.ByteArrayInputStream(layer))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile() && new String(tar.readAllBytes(), StandardCharsets.UTF_8).equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command[0] + " failed: " + output.strip());
            }
        } finally {
            process.destroyForcibly();
        }
    }
}
