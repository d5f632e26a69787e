package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.registry.FakeRegistry;
import io.jenkins.plugins.bakedsecrets.core.image.testing.GnuTar;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TarWriter;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan never ends "No secrets found" for what it did not read: a platform no image has, a source with no image,
 * or a file the scanner used to skip. Errors are one line, exit 2 and no report.
 */
class FailClosedScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path report;

    /** What one in-process run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void key() throws Exception {
        Files.writeString(dir.resolve("key"), "fail-closed-fingerprint-key");
        report = dir.resolve("report.json");
    }

    private Run scan(String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", "--format", "json", "-o", report.toString(),
                "--fingerprint-key-file", dir.resolve("key").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private String failure(Run run) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(report).doesNotExist();
        return run.err().strip();
    }

    @Test
    void shouldFailListingThePlatformsWhenPlatformMatchesNoImage() throws Exception {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(TestImages.image().layer(l -> l.file("etc/motd", "hi\n")), "app:1")
                .writeClassic(archive);

        assertThat(failure(scan("docker-archive:" + archive, "--platform", "linux/amd46")))
                .isEqualTo("baked-secrets: docker-archive:" + archive + " has no image for platform linux/amd46"
                        + " (it has linux/amd64)");
    }

    @Test
    void shouldFailWhenRegistryImageHasNoImageForTheDefaultPlatform() throws Exception {
        Path layout = TestImages.layout().addIndex("v1", false, TestImages.image().platform("linux/arm64")
                .layer(l -> l.file("etc/motd", "hi\n"))).writeDirectory(dir.resolve("layout"));
        try (FakeRegistry registry = new FakeRegistry().serveLayout(layout, "team/app", "v1")) {
            String reference = "docker://" + registry.host() + "/team/app:v1";

            assertThat(failure(scan(reference, "--tls-verify=false", "--no-exposure-check")))
                    .isEqualTo("baked-secrets: " + reference + " has no image for platform linux/amd64 (it has"
                            + " linux/arm64)");
        }
    }

    @Test
    void shouldFailWhenTheArchiveListsNoImage() throws Exception {
        Path archive = dir.resolve("empty.tar");
        TarWriter.write(archive, Map.of("manifest.json", "[]".getBytes(StandardCharsets.UTF_8)));

        assertThat(failure(scan("docker-archive:" + archive)))
                .isEqualTo("baked-secrets: " + archive + " manifest.json lists no image");
    }

    @Test
    void shouldFindATokenAtByteZeroOfASparseFileThatGnuTarWrote() throws Exception {
        assumeTrue(GnuTar.available(), "GNU tar is not installed");
        String token = PlantedSecrets.githubToken();
        Path files = Files.createDirectories(dir.resolve("files"));
        assumeTrue(GnuTar.sparseFile(files.resolve("token.dat"), 1024 * 1024, Map.of(0L, "GITHUB_TOKEN=" + token
                + "\n")), "the file system does not keep files sparse");
        byte[] layer = GnuTar.sparseTar(files, List.of("--format=gnu"), "token.dat");
        Path archive = dir.resolve("sparse.tar");
        TestImages.dockerArchive().add(TestImages.image().layer(l -> l.rawTar(layer)), "app:1").writeClassic(archive);

        Run run = scan("docker-archive:" + archive);

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode findings = JSON.readTree(report.toFile()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("github-token");
            assertThat(f.get("location").get("path").asText()).isEqualTo("/token.dat");
            assertThat(f.get("location").get("line").asInt()).isEqualTo(1);
        });
        assertThat(JSON.readTree(report.toFile()).get("coverage").get("complete").asBoolean()).isTrue();
        LeakCheck.assertNoLeak("scan output", run.out() + run.err() + Files.readString(report), token);
    }
}
