package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.registry.DistributionRegistry;
import io.jenkins.plugins.bakedsecrets.core.image.registry.Tools;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning an image in a real registry gives the same findings as scanning it from an archive. */
class RegistryScanIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = PlantedSecrets.githubToken();
    private static final String PASSWORD = PlantedSecrets.password();

    @TempDir
    static Path dir;
    private static DistributionRegistry registry;
    private static BuiltImage image;

    private static ImageBuilder planted() {
        return TestImages.image()
                .layer(l -> l.file("app/.env", "DB_PASSWORD=" + PASSWORD + "\n"))
                .layer(l -> l.whiteout("app/.env"))
                .env("GITHUB_TOKEN=" + TOKEN);
    }

    @BeforeAll
    static void startRegistryAndPush() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        registry = DistributionRegistry.anonymous(Files.createDirectories(dir.resolve("registry")));
        OciLayoutBuilder layout = TestImages.layout().add(planted(), "v1");
        layout.writeDirectory(dir.resolve("layout"));
        image = layout.images().get(0);
        Tools.push(dir.resolve("layout"), "v1", registry.host() + "/team/app:v1", "");
        TestImages.dockerArchive().add(planted(), "team/app:v1").writeClassic(dir.resolve("app.tar"));
        Files.writeString(dir.resolve("key"), "registry-scan-fingerprint-key");
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private static JsonNode scan(String reference, String output, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", reference, "--tls-verify=false", "--format", "json", "-o",
                output, "--fingerprint-key-file", dir.resolve("key").toString()));
        args.addAll(List.of(extra));
        JarRunner.Result r = JarRunner.run(dir, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        LeakCheck.assertNoLeak("scan output", r.all() + Files.readString(dir.resolve(output)), TOKEN);
        LeakCheck.assertNoLeak("scan output", r.all() + Files.readString(dir.resolve(output)), PASSWORD);
        return JSON.readTree(dir.resolve(output).toFile());
    }

    private static List<String> identities(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("ruleId").asText() + " " + f.get("findingId").asText()
                + " " + f.get("secretFingerprint").asText() + " " + f.get("location").get("deleted")));
        return ids.stream().sorted().toList();
    }

    @Test
    void shouldFindTheSameSecretsByTagByDigestAndFromAnArchive() throws Exception {
        JsonNode byTag = scan("docker://" + registry.host() + "/team/app:v1", "tag.json", "--no-exposure-check");
        JsonNode byDigest = scan("docker://" + registry.host() + "/team/app@" + image.manifestDigest(), "digest.json",
                "--no-exposure-check");
        JsonNode fromArchive = scan("docker-archive:" + dir.resolve("app.tar"), "archive.json");

        assertThat(identities(byTag)).isNotEmpty().isEqualTo(identities(byDigest)).isEqualTo(identities(fromArchive));
        assertThat(byTag.get("targets").get(0).has("exposure")).isFalse();
        assertThat(byTag.get("targets").get(0).get("manifestDigest").asText()).isEqualTo(image.manifestDigest());
        assertThat(byTag.get("targets").get(0).get("imageId").asText())
                .isEqualTo(fromArchive.get("targets").get(0).get("imageId").asText());
    }

    @Test
    void shouldAddAnonymousPullFindingWhenOpenRegistryServesTheImage() throws Exception {
        JsonNode exposed = scan("docker://" + registry.host() + "/team/app:v1", "exposed.json");
        JsonNode fromArchive = scan("docker-archive:" + dir.resolve("app.tar"), "archive-2.json");

        List<String> extra = new ArrayList<>(identities(exposed));
        extra.removeAll(identities(fromArchive));
        assertThat(extra).singleElement().asString().startsWith("registry-anonymous-pull ");
        assertThat(exposed.get("targets").get(0).get("exposure").get("anonymousPull").asText()).isEqualTo("true");
        assertThat(fromArchive.get("targets").get(0).has("exposure")).isFalse();
        JsonNode finding = exposed.get("findings").get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("registry-anonymous-pull");
        assertThat(finding.get("severity").asText()).isEqualTo("critical");
        assertThat(finding.get("location").toString())
                .isEqualTo("{\"kind\":\"registry\",\"deleted\":false,\"overwritten\":false,\"key\":\""
                        + registry.host() + "/team/app\"}");
    }

    @Test
    void shouldExitTwoWithOneLineWhenImageIsMissingOrRegistryIsDown() throws Exception {
        JarRunner.Result missing = JarRunner.run(dir, "scan", "docker://" + registry.host() + "/team/nothing:v1",
                "--tls-verify=false");
        JarRunner.Result down = JarRunner.run(dir, "scan", "docker://127.0.0.1:" + DistributionRegistry.freePort()
                + "/team/app:v1", "--tls-verify=false");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("team/nothing").doesNotContain("\tat ");
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.stderr()).contains("unreachable").doesNotContain("\tat ");
    }
}
