package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.report.SchemaValidation;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers in {@code scan}, end to end with the real jar: marked findings, --fail-on, expiry and bad files. */
class ScanWaiversIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String githubToken = PlantedSecrets.githubToken();
    private final String npmToken = PlantedSecrets.npmToken();
    private final StringBuilder everything = new StringBuilder();
    private Path archive;

    @BeforeEach
    void buildImage() throws Exception {
        archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(TestImages.image()
                .layer(l -> l.file("app/deploy.sh", "export GH_TOKEN=" + githubToken + "\n")
                        .file("home/app/.npmrc", "//registry.npmjs.org/:_authToken=" + npmToken + "\n")),
                "app:1").writeClassic(archive);
        Files.writeString(dir.resolve("fingerprint.key"), "waiver-integration-test-key\n");
    }

    private JarRunner.Result scan(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", "docker-archive:" + archive, "--fingerprint-key-file",
                "fingerprint.key", "--fail-on", "low"));
        args.addAll(List.of(more));
        JarRunner.Result r = JarRunner.run(dir, args.toArray(String[]::new));
        everything.append(r.all());
        return r;
    }

    private JsonNode json(String file) throws Exception {
        everything.append(Files.readString(dir.resolve(file)));
        return JSON.readTree(dir.resolve(file).toFile());
    }

    private static List<String> ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("findingId").asText()));
        return ids;
    }

    private Path waiverFile(String name, List<String> ids, String expires) throws Exception {
        StringBuilder b = new StringBuilder("schemaVersion: 1\nwaivers:\n");
        for (String id : ids) {
            b.append("  - findingId: ").append(id).append("\n    justification: test fixture, revoked\n")
                    .append("    owner: alice\n    expires: ").append(expires).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @Test
    void shouldKeepWaivedFindingsMarkedAndExitZeroThenFailWhenWaiversExpire() throws Exception {
        JarRunner.Result first = scan("--format", "json", "-o", "first.json");
        assertThat(first.exitCode()).as(first.stderr()).isEqualTo(1);
        List<String> ids = ids(json("first.json"));
        assertThat(ids).hasSize(2);
        waiverFile(".baked-secrets.yaml", ids, "2099-12-31");

        JarRunner.Result waived = scan("--format", "json", "-o", "waived.json");
        JarRunner.Result text = scan();
        JarRunner.Result sarif = scan("--format", "sarif", "-o", "waived.sarif");

        assertThat(waived.exitCode()).as(waived.stderr()).isZero();
        JsonNode report = json("waived.json");
        assertThat(ids(report)).containsExactlyElementsOf(ids);
        report.get("findings").forEach(f -> {
            assertThat(f.at("/suppression/kind").asText()).isEqualTo("waiver");
            assertThat(f.at("/suppression/owner").asText()).isEqualTo("alice");
            assertThat(f.at("/suppression/expires").asText()).isEqualTo("2099-12-31");
            assertThat(f.at("/suppression/origin").asText()).startsWith(".baked-secrets.yaml:");
        });
        assertThat(report.at("/summary/total").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/suppressed").asInt()).isEqualTo(2);
        assertThat(report.at("/waivers/source").asText()).isEqualTo(".baked-secrets.yaml");
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(),
                Files.readAllBytes(dir.resolve("waived.json")))).isEmpty();
        assertThat(new JsonReportReader().read(dir.resolve("waived.json")).findings()).hasSize(2);
        assertThat(text.exitCode()).isZero();
        assertThat(text.stdout()).contains("[waived until 2099-12-31 by alice]")
                .contains("2 findings suppressed by waivers from .baked-secrets.yaml");
        assertThat(sarif.exitCode()).isZero();
        JsonNode results = json("waived.sarif").at("/runs/0/results");
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.at("/suppressions/0/status").asText())
                .isEqualTo("accepted"));

        Path expired = waiverFile("expired.yaml", ids, "2020-01-01");
        JarRunner.Result late = scan("--waivers", expired.toString(), "--format", "json", "-o", "late.json");

        assertThat(late.exitCode()).as(late.stderr()).isEqualTo(1);
        assertThat(late.stderr()).contains("baked-secrets: warning: waiver for finding " + ids.get(0)
                + " (owner alice, " + expired + ":3:5) expired on 2020-01-01 and no longer suppresses anything");
        JsonNode lateReport = json("late.json");
        assertThat(lateReport.at("/summary/suppressed").asInt()).isZero();
        assertThat(lateReport.at("/waivers/expired")).hasSize(2);
        lateReport.get("findings").forEach(f -> assertThat(f.has("suppression")).isFalse());

        JarRunner.Result disabled = scan("--no-waivers", "--format", "json", "-o", "disabled.json");
        assertThat(disabled.exitCode()).isEqualTo(1);
        assertThat(json("disabled.json").has("waivers")).isFalse();

        assertNoLeak();
    }

    @Test
    void shouldNotSuppressWhenPolicyForbidsWaivingThatSeverity() throws Exception {
        scan("--format", "json", "-o", "first.json");
        Path waivers = waiverFile("waivers.yaml", ids(json("first.json")), "2099-12-31");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "schemaVersion: 1\nallowWaivers:\n"
                + "  critical: false\n  high: false\n  medium: false\n  low: false\n  info: false\n");

        JarRunner.Result r = scan("--waivers", waivers.toString(), "--policy", policy.toString(), "--format", "json",
                "-o", "report.json");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).contains("the policy does not allow waiving them");
        assertThat(json("report.json").at("/waivers/notCounted")).hasSize(2);
        assertNoLeak();
    }

    @Test
    void shouldExitTwoWithOneLocatedLineWhenWaiverFileIsMalformed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "waivers:\n  - rule: x\n    owner: o\n");
        Files.writeString(dir.resolve(".baked-secrets.yaml"), "waivers: [\n");

        JarRunner.Result explicit = scan("--waivers", bad.toString(), "-o", "out.txt");
        JarRunner.Result byDefault = scan("-o", "out.txt");
        JarRunner.Result both = scan("--waivers", bad.toString(), "--no-waivers");

        assertThat(explicit.exitCode()).isEqualTo(2);
        assertThat(explicit.stderr().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("baked-secrets: " + bad + ":2:5: "));
        assertThat(byDefault.exitCode()).isEqualTo(2);
        assertThat(byDefault.stderr().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).matches("baked-secrets: \\.baked-secrets\\.yaml:\\d+:\\d+: .*"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("--waivers and --no-waivers exclude each other");
        assertThat(dir.resolve("out.txt")).doesNotExist();
        assertThat(everything.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private void assertNoLeak() {
        LeakCheck.assertNoLeak("scan output with waivers (GitHub token)", everything.toString(), githubToken);
        LeakCheck.assertNoLeak("scan output with waivers (npm token)", everything.toString(), npmToken);
    }
}
