package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.report.SchemaValidation;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command end to end: the real jar, real files, exit codes, and no secret in any output. */
class ScanCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String awsKeyId = PlantedSecrets.awsAccessKeyId();
    private final String awsSecret = PlantedSecrets.awsSecretKey();
    private final String githubToken = PlantedSecrets.githubToken();
    private final String npmToken = PlantedSecrets.npmToken();
    private final String dbPassword = PlantedSecrets.password();
    private final String knownValue = PlantedSecrets.password();
    private final String mysqlPassword = "Pw" + PlantedSecrets.random(PlantedSecrets.BASE62, 8);
    private final String netrcPassword = PlantedSecrets.password();
    private final String loginToken = PlantedSecrets.githubToken();
    private final String labelKeyToken = PlantedSecrets.githubToken();
    private final String annotationToken = PlantedSecrets.npmToken();
    private final String indexToken = PlantedSecrets.githubToken();
    private final String referenceToken = PlantedSecrets.githubToken();

    private ImageBuilder plantedImage() {
        byte[] jar = TestImages.zip().entry("BOOT-INF/classes/application.properties",
                "spring.datasource.password=" + dbPassword + "\n").bytes();
        String known64 = Base64.getEncoder().encodeToString(("x" + knownValue).getBytes(StandardCharsets.UTF_8));
        return TestImages.image()
                .layer(l -> l.file("app/orders.jar", jar).file("etc/app/blob.txt", "data " + known64 + "\n"))
                .layer(l -> l.file("root/.aws/credentials", "[default]\naws_access_key_id = " + awsKeyId
                        + "\naws_secret_access_key = " + awsSecret + "\n"))
                .layer(l -> l.whiteout("root/.aws/credentials"))
                .env("GITHUB_TOKEN=" + githubToken)
                .label(labelKeyToken, "enabled")
                .annotation("org.example.deploy-token", annotationToken)
                .history("COPY . /app # buildkit", false)
                .history("RUN |1 NPM_TOKEN=" + npmToken + " /bin/sh -c npm ci # buildkit", false)
                .history("RUN /bin/sh -c rm /root/.aws/credentials # buildkit", false)
                .history("RUN /bin/sh -c mysql -uroot -p" + mysqlPassword + " app < /init.sql # buildkit", true)
                .history("RUN /bin/sh -c echo \"machine git.internal login bot password " + netrcPassword
                        + "\" > /root/.netrc # buildkit", true)
                .history("RUN /bin/sh -c echo " + loginToken + " | docker login -u bot --password-stdin r.io", true);
    }

    private List<String> planted() {
        return List.of(awsKeyId, awsSecret, githubToken, npmToken, dbPassword, knownValue, mysqlPassword,
                netrcPassword, loginToken, labelKeyToken, annotationToken, indexToken, referenceToken);
    }

    private Path keyFile() throws Exception {
        Path key = dir.resolve("fingerprint.key");
        Files.writeString(key, "integration-test-fingerprint-key\n");
        return key;
    }

    @Test
    void shouldScanTheSampleImageTheReadmeDescribes() throws Exception {
        // As the README runs it: into a target/ directory that a fresh checkout does not have yet.
        JarRunner.Result sample = JarRunner.run(dir, "sample", "target/sample.tar");
        assertThat(sample.exitCode()).as(sample.stderr()).isZero();

        JarRunner.Result scan = JarRunner.run(dir, "scan", "docker-archive:target/sample.tar", "--format", "json",
                "-o", "report.json", "--fingerprint-key-file", keyFile().toString());

        assertThat(scan.exitCode()).as(scan.stderr()).isEqualTo(1);
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertThat(rules).contains("aws-access-key-id", "aws-secret-access-key", "github-token", "npm-token");
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("location").get("path").asText()).isEqualTo("/root/.aws/credentials");
            assertThat(f.get("location").get("deleted").asBoolean()).isTrue();
            assertThat(f.get("location").get("hiddenBy").asInt()).isEqualTo(2);
        });
    }

    @Test
    void shouldWriteSchemaValidJsonAndSarifWithoutLeakingAnyPlantedValue() throws Exception {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(plantedImage(), "app:1").writeClassic(archive);
        Path known = dir.resolve("known.txt");
        Files.writeString(known, knownValue + "\n");
        Path env = dir.resolve("ci.env");
        Files.writeString(env, "PATH=/usr/bin\nDEPLOY_TOKEN=" + PlantedSecrets.githubToken() + "\n");

        StringBuilder everything = new StringBuilder();
        for (String format : List.of("json", "sarif", "html", "text")) {
            JarRunner.Result toFile = JarRunner.run(dir, "scan", "docker-archive:" + archive, "--format", format,
                    "-o", "report." + format, "--known-secrets", known.toString(), "--ci-env", env.toString(),
                    "--fingerprint-key-file", keyFile().toString());
            JarRunner.Result toStdout = JarRunner.run(dir, "scan", "docker-archive:" + archive, "--format", format,
                    "--known-secrets", known.toString(), "--fingerprint-key-file", keyFile().toString());
            assertThat(toFile.exitCode()).as(toFile.stderr()).isEqualTo(1);
            assertThat(toStdout.exitCode()).isEqualTo(1);
            everything.append(toFile.all()).append(toStdout.all())
                    .append(Files.readString(dir.resolve("report." + format)));
        }

        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(),
                Files.readAllBytes(dir.resolve("report.json")))).isEmpty();
        assertThat(SchemaValidation.errors(SchemaValidation.sarifSchema(),
                Files.readAllBytes(dir.resolve("report.sarif")))).isEmpty();
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("ruleId").asText())
                .isEqualTo("known-secret"));
        assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("location").get("kind").asText())
                .isEqualTo("ci-env"));
        for (int i = 0; i < planted().size(); i++) {
            LeakCheck.assertNoLeak("output of every format (planted value #" + i + ")", everything.toString(),
                    planted().get(i));
        }
    }

    /**
     * Values planted where a report copies text from the image (history lines, manifest and index annotations), in a
     * label name and in a registry reference never reach any output of any command: scan in every format, gate (text,
     * JSON, HTML), diff, exposure and provenance.
     */
    @Test
    void shouldLeakNothingPlantedInHistoryAnnotationsNamesOrReferencesFromAnyCommand() throws Exception {
        Path archive = TestImages.layout().addIndex("app", false, plantedImage())
                .entryAnnotation("org.example.index-token", indexToken).writeArchive(dir.resolve("app-oci.tar"));
        String key = keyFile().toString();
        String report = dir.resolve("report.json").toString();
        List<JarRunner.Result> runs = new ArrayList<>();
        runs.add(JarRunner.run(dir, "scan", "oci-archive:" + archive, "--format", "json", "-o", report,
                "--fingerprint-key-file", key));
        runs.add(JarRunner.run(dir, "scan", "docker://bot:" + referenceToken + "@127.0.0.1:9/app:1"));
        // The other commands run in-process (the same code, without a JVM start each).
        for (String format : List.of("sarif", "html", "text")) {
            runs.add(JarRunner.inProcess("scan", "oci-archive:" + archive, "--format", format,
                    "--fingerprint-key-file", key));
        }
        runs.add(JarRunner.inProcess("gate", "--report", report, "--html", dir.resolve("gate.html").toString()));
        runs.add(JarRunner.inProcess("gate", "--report", report, "--format", "json"));
        runs.add(JarRunner.inProcess("diff", "--report", report, "--reference", report));
        runs.add(JarRunner.inProcess("exposure", report, "--format", "json"));
        runs.add(JarRunner.inProcess("exposure", report));
        runs.add(JarRunner.inProcess("provenance", "--report", report, "--builder-id", "https://ci.example/",
                "--out-dir", dir.resolve("evidence").toString()));

        assertThat(runs.get(0).exitCode()).as(runs.get(0).stderr()).isEqualTo(1);
        assertThat(runs.get(1).exitCode()).isEqualTo(2);
        assertThat(runs.get(1).stderr()).contains("carries credentials");
        assertThat(runs.get(runs.size() - 1).exitCode()).as(runs.get(runs.size() - 1).stderr()).isZero();
        assertThat(JSON.readTree(dir.resolve("report.json").toFile()).get("findings")).anySatisfy(f ->
                assertThat(f.get("location").get("kind").asText()).isEqualTo("annotation"));
        StringBuilder everything = new StringBuilder();
        runs.forEach(r -> everything.append(r.all()));
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tar")).toList()) {
                everything.append(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        for (int i = 0; i < planted().size(); i++) {
            LeakCheck.assertNoLeak("output of every command (planted value #" + i + ")", everything.toString(),
                    planted().get(i));
        }
    }

    @Test
    void shouldGiveSameFingerprintsUnderSameKeyAndRecordKeyId() throws Exception {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(plantedImage(), "app:1").writeClassic(archive);

        JarRunner.run(dir, "scan", "docker-archive:" + archive, "--format", "json", "-o", "a.json",
                "--fingerprint-key-file", keyFile().toString());
        JarRunner.run(dir, "scan", "oci-archive:" + ociArchive() , "--format", "json", "-o", "b.json",
                "--fingerprint-key-file", keyFile().toString());

        JsonNode a = JSON.readTree(dir.resolve("a.json").toFile());
        JsonNode b = JSON.readTree(dir.resolve("b.json").toFile());
        assertThat(a.get("keyId").asText()).startsWith("hmac-sha256:").isEqualTo(b.get("keyId").asText());
        // Classic docker-archives have no manifest, so no manifest annotation: compare every other finding.
        assertThat(ids(a)).isNotEmpty().isEqualTo(ids(b, "annotation"));
    }

    private Path ociArchive() throws Exception {
        return TestImages.layout().add(plantedImage(), "app").writeArchive(dir.resolve("app-oci.tar"));
    }

    private static List<String> ids(JsonNode report, String... leftOutKinds) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (!List.of(leftOutKinds).contains(f.get("location").get("kind").asText())) {
                ids.add(f.get("findingId").asText());
            }
        });
        return ids.stream().sorted().toList();
    }

    @Test
    void shouldExitZeroWhenNothingReachesTheThreshold() throws Exception {
        Path archive = dir.resolve("clean.tar");
        TestImages.dockerArchive().add(TestImages.image().layer(l -> l.file("etc/motd", "hello\n")), "clean:1")
                .writeClassic(archive);

        assertThat(JarRunner.run(dir, "scan", "docker-archive:" + archive).exitCode()).isZero();
        Path planted = dir.resolve("app.tar");
        TestImages.dockerArchive().add(plantedImage(), "app:1").writeClassic(planted);
        assertThat(JarRunner.run(dir, "scan", "docker-archive:" + planted, "--fail-on", "none").exitCode()).isZero();
    }

    @Test
    void shouldExitTwoWithOneLineAndNoReportWhenABlobIsTampered() throws Exception {
        for (String what : List.of("layer", "config", "manifest")) {
            var builder = TestImages.layout().add(plantedImage(), "app");
            Path layout = builder.writeDirectory(dir.resolve("layout-" + what));
            BuiltImage image = builder.images().get(0);
            String digest = switch (what) {
                case "layer" -> image.layerDigests().get(1);
                case "config" -> image.configDigest();
                default -> image.manifestDigest();
            };
            TestImages.flipByte(layout.resolve(TestImages.blobPath(digest)), 40);

            JarRunner.Result r = JarRunner.run(dir, "scan", "oci:" + layout + ":app", "-o", "out-" + what + ".json",
                    "--format", "json");

            assertThat(r.exitCode()).as(what).isEqualTo(2);
            assertThat(r.stderr().strip().lines()).as(what).singleElement()
                    .satisfies(line -> assertThat(line).contains("digest mismatch").contains(digest));
            assertThat(dir.resolve("out-" + what + ".json")).doesNotExist();
        }
    }

    @Test
    void shouldExitTwoWithOneLineOnUsageErrorsAndBadInput() throws Exception {
        Files.writeString(dir.resolve("garbage.tar"), "this is not a tar archive");

        for (String[] args : List.of(new String[] {"scan", "--no-such-option", "x"}, new String[] {"scan"},
                new String[] {"scan", "docker-archive:missing.tar"}, new String[] {"scan", "docker-archive:garbage.tar"},
                new String[] {"scan", "nonsense:x"}, new String[] {"scan", "docker-archive:x.tar", "--fail-on", "hi"})) {
            JarRunner.Result r = JarRunner.run(dir, args);

            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.stderr()).as(String.join(" ", args)).doesNotContain("\tat ").doesNotContain("Exception in");
            assertThat(r.stderr().lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("baked-secrets: ");
        }
    }
}
