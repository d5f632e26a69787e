package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
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

    private static Finding at(ScanReport report, String path) {
        return report.findings().stream().filter(f -> f.location().identity().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void shouldSplitNewOutstandingAndFixed() throws IOException {
        String kept = fx.awsKey();
        fx.scan("old", GovernanceFixture.image("/app/kept.ini", "k = " + kept + "\n",
                "/app/gone.ini", "k = " + fx.awsKey() + "\n"));
        fx.scan("now", GovernanceFixture.image("/app/kept.ini", "k = " + kept + "\n",
                "/app/added.ini", "k = " + fx.awsKey() + "\n"));
        Finding added = at(fx.read("now"), "/app/added.ini");
        Finding outstanding = at(fx.read("now"), "/app/kept.ini");
        Finding gone = at(fx.read("old"), "/app/gone.ini");

        GovernanceFixture.Run r = fx.run("diff", "--report", fx.report("now").toString(), "--reference",
                fx.report("old").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("new: 1, outstanding: 1, fixed: 1\n"
                + "NEW " + added.findingId() + " critical aws-access-key-id in file /app/added.ini (layer 0)\n"
                + "OUTSTANDING " + outstanding.findingId() + " critical aws-access-key-id in file /app/kept.ini"
                + " (layer 0)\n"
                + "FIXED " + gone.findingId() + " critical aws-access-key-id in file /app/gone.ini (layer 0)\n");
    }

    @Test
    void shouldExitZeroAndListFixedInJsonWhenNothingIsNew() throws IOException {
        fx.scan("old", GovernanceFixture.image("/app/gone.ini", "k = " + fx.awsKey() + "\n"));
        fx.scan("now", GovernanceFixture.image("/etc/motd", "hello\n"));
        Finding gone = fx.read("old").findings().get(0);

        GovernanceFixture.Run r = fx.run("diff", "--report", fx.report("now").toString(), "--reference",
                fx.report("old").toString(), "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("new")).isEmpty();
        assertThat(json.get("fixed")).hasSize(1);
        assertThat(json.at("/fixed/0/findingId").asText()).isEqualTo(gone.findingId());
    }

    @Test
    void shouldWarnWhenReportsUseDifferentKeys() throws IOException {
        fx.scan("old", GovernanceFixture.image("/app/a.ini", "k = " + fx.awsKey() + "\n"));
        fx.scan("now", GovernanceFixture.image("/app/a.ini", "k = " + fx.awsKey() + "\n"));
        Files.writeString(fx.keyFile, "another key for this test only\n");
        fx.scan("rekeyed", GovernanceFixture.image("/etc/motd", "hello\n"));

        GovernanceFixture.Run r = fx.run("diff", "--report", fx.report("now").toString(), "--reference",
                fx.report("rekeyed").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("warning: the reference report uses fingerprint key");
        assertThat(r.out()).startsWith("new: 1, outstanding: 0, fixed: 0\n");
    }
}
