package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.provenance.Evidence;
import io.jenkins.plugins.bakedsecrets.core.provenance.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private GovernanceFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GovernanceFixture(tmp);
    }

    @AfterEach
    void noSecretLeaked() throws IOException {
        fx.assertNoSecretLeaked();
    }

    private GovernanceFixture.Run provenance(Path out, String... more) {
        String[] base = {"provenance", "--report", fx.report("app").toString(), "--builder-id",
            "https://jenkins.example/", "--out-dir", out.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return fx.run(args);
    }

    @Test
    void shouldWriteFourFilesWhoseSubjectIsTheImageId() throws IOException {
        BuiltImage built = fx.scan("app", GovernanceFixture.image("/app/.env", "AWS_KEY=" + fx.awsKey() + "\n"));
        Path out = tmp.resolve("evidence");

        GovernanceFixture.Run r = provenance(out, "--job", "team/app", "--build-number", "42", "--ci-url",
                "https://ci.example/", "--source-repo", "https://git.example/app.git", "--commit",
                "0123456789abcdef0123456789abcdef01234567", "--started", "2025-06-01T12:00:00Z", "--finished",
                "2025-06-01T12:05:00Z", "--trigger", "alice");

        assertThat(r.exit()).as(r.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "slsa-provenance.predicate.json", "slsa-provenance.statement.json",
                    "scan-summary.predicate.json", "scan-summary.statement.json");
        }
        // A classic docker-archive has no manifest digest, so the subject is the image ID (config digest).
        String expected = BuiltImage.hex(built.configDigest());
        for (String name : new String[] {"slsa-provenance", "scan-summary"}) {
            JsonNode statement = MAPPER.readTree(out.resolve(name + ".statement.json").toFile());
            assertThat(statement.get("_type").asText()).isEqualTo(Evidence.STATEMENT_TYPE);
            assertThat(statement.get("subject")).hasSize(1);
            assertThat(statement.get("subject").get(0).get("digest").get("sha256").asText()).isEqualTo(expected);
            JsonNode predicate = MAPPER.readTree(out.resolve(name + ".predicate.json").toFile());
            assertThat(statement.get("predicate")).isEqualTo(predicate);
        }
        JsonNode slsa = MAPPER.readTree(out.resolve("slsa-provenance.predicate.json").toFile());
        String reportDigest = Provenance.digestOf(Files.readAllBytes(fx.report("app")));
        assertThat(slsa.at("/runDetails/builder/id").asText()).isEqualTo("https://jenkins.example/");
        assertThat(slsa.at("/runDetails/metadata/invocationId").asText())
                .isEqualTo("https://ci.example/job/team/app/42");
        assertThat("sha256:" + slsa.at("/runDetails/byproducts/0/digest/sha256").asText()).isEqualTo(reportDigest);
        assertThat(slsa.at("/buildDefinition/externalParameters/trigger").asText()).isEqualTo("alice");
        assertThat(r.out()).contains("cosign attest --predicate " + out.resolve("slsa-provenance.predicate.json")
                + " --type " + Evidence.SLSA_PROVENANCE + " IMAGE").contains("--type " + Evidence.SCAN_SUMMARY)
                .contains("sha256:" + expected);
    }

    @Test
    void shouldRecordGateVerdictWhenPolicyIsGiven() throws IOException {
        fx.scan("app", GovernanceFixture.image("/app/.env", "AWS_KEY=" + fx.awsKey() + "\n"));
        Path policy = fx.file("policy.yaml", "failOn:\n  critical: fail\n");
        Path out = tmp.resolve("evidence");

        GovernanceFixture.Run r = provenance(out, "--policy", policy.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode summary = MAPPER.readTree(out.resolve("scan-summary.predicate.json").toFile());
        assertThat(summary.at("/gate/verdict").asText()).isEqualTo("FAIL");
        assertThat(summary.get("findingIds")).hasSize(1);
    }

    @Test
    void shouldExitTwoWhenStartTimeIsNotAnInstant() throws IOException {
        fx.scan("app", GovernanceFixture.image("/etc/motd", "hi\n"));

        GovernanceFixture.Run r = provenance(tmp.resolve("evidence"), "--started", "yesterday");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--started: 'yesterday' is not an ISO-8601 instant");
        assertThat(tmp.resolve("evidence")).doesNotExist();
    }
}
