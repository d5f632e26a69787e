package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {
    @TempDir
    Path tmp;

    private GovernanceFixture fx;
    private BuiltImage first;
    private BuiltImage second;
    private String fingerprint;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GovernanceFixture(tmp);
        String shared = fx.awsKey();
        first = fx.scan("first", GovernanceFixture.image("/app/config.ini", "key = " + shared + "\n"));
        second = fx.scan("second", GovernanceFixture.image("/opt/other.conf", "id " + shared + "\n",
                "/etc/motd", "hello\n"));
        Files.setLastModifiedTime(fx.report("first"), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(fx.report("second"), FileTime.from(Instant.parse("2025-03-01T00:00:00Z")));
        Finding f = fx.read("first").findings().get(0);
        fingerprint = f.secretFingerprint();
    }

    @AfterEach
    void noSecretLeaked() throws IOException {
        fx.assertNoSecretLeaked();
    }

    @Test
    void shouldListBothImagesThatShareASecret() throws IOException {
        GovernanceFixture.Run r = fx.run("exposure", fx.report("first").toString(), fx.report("second").toString(),
                "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("exposures")).hasSize(1);
        JsonNode exposure = json.get("exposures").get(0);
        assertThat(exposure.get("fingerprint").asText()).isEqualTo(fingerprint);
        List<String> seen = new ArrayList<>();
        exposure.get("sightings").forEach(s -> seen.add(s.get("build").asText() + " " + s.get("imageId").asText()
                + " " + s.get("scannedAt").asText()));
        assertThat(seen).containsExactly("first.json " + first.configDigest() + " 2025-01-01T00:00:00Z",
                "second.json " + second.configDigest() + " 2025-03-01T00:00:00Z");
        assertThat(exposure.get("foundAfterRotation").asBoolean()).isFalse();
    }

    @Test
    void shouldFlagSecretFoundAfterRotation() throws IOException {
        Path rotations = fx.file("rotations.yaml", "rotations:\n  - fingerprint: " + fingerprint
                + "\n    rotatedBy: secops\n    rotatedAt: 2025-02-01T00:00:00Z\n    note: INC-42\n");

        GovernanceFixture.Run r = fx.run("exposure", fx.report("first").toString(), fx.report("second").toString(),
                "--rotations", rotations.toString());

        assertThat(r.exit()).isEqualTo(1);
        String shortFp = ExposureOutput.shorten(fingerprint);
        assertThat(shortFp).hasSizeLessThan(fingerprint.length());
        assertThat(r.out()).startsWith("1 secret across 2 reports\n" + shortFp + ": 2 sightings in 2 images, "
                + "FOUND AFTER ROTATION\n  rotated 2025-02-01T00:00:00Z by secops (INC-42)\n");
        assertThat(r.out().lines().filter(l -> l.contains("[found after rotation]")))
                .singleElement().asString().contains("second.json");
    }

    @Test
    void shouldExitTwoWhenAReportIsMissing() {
        GovernanceFixture.Run r = fx.run("exposure", fx.report("first").toString(), tmp.resolve("nope.json")
                .toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json");
    }
}
