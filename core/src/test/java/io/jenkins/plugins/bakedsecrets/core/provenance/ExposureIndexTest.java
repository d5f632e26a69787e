package io.jenkins.plugins.bakedsecrets.core.provenance;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureIndexTest {
    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final SecretDigest shared = fx.secret();
    private final TargetInfo v1 = image("app:1", 3, "v1");
    private final TargetInfo v2 = image("app:2", 3, "v2");
    private final TargetInfo v3 = image("app:3", 3, "v3");
    private final Finding inV1 = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0, shared);
    private final Finding inV2 = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0, shared);
    private final Finding deletedInV3 = fx.deletedFile("aws-secret-key", Severity.CRITICAL, "/tmp/k", 1, 2, 0);
    private final Finding sharedInV3 = fx.file("aws-secret-key", Severity.CRITICAL, "/srv/k", 2, 0, shared);

    private List<ExposureSource> sources() {
        return List.of(
                new ExposureSource(fx.report(v3, deletedInV3, sharedInV3), Optional.of("app #3"), at("2025-03-01")),
                new ExposureSource(fx.report(v1, inV1), Optional.of("app #1"), at("2025-01-01")),
                new ExposureSource(fx.report(v2, inV2), Optional.of("app #2"), at("2025-02-01")));
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    @Test
    void shouldListEveryImageAndBuildCarryingASecret() {
        ExposureIndex index = ExposureIndex.build(sources(), List.of());

        Exposure e = index.exposure(inV1.secretFingerprint()).orElseThrow();
        assertThat(e.builds()).containsExactly("app #1", "app #2", "app #3");
        assertThat(e.imageIds()).containsExactly(v1.imageId().orElseThrow(), v2.imageId().orElseThrow(),
                v3.imageId().orElseThrow());
        assertThat(e.sightings()).extracting(Sighting::reference).containsExactly("app:1", "app:2", "app:3");
        assertThat(e.rotation()).isEmpty();
        assertThat(index.exposures()).hasSize(2);
        assertThat(index.exposure(deletedInV3.secretFingerprint()).orElseThrow().sightings())
                .singleElement().satisfies(s -> assertThat(s.inDeletedLayer()).isTrue());
    }

    @Test
    void shouldFlagSecretFoundAfterRotation() {
        RotationMark mark = new RotationMark(inV1.secretFingerprint(), "secops", at("2025-01-15"), "INC-42");

        ExposureIndex index = ExposureIndex.build(sources(), List.of(mark));

        Exposure e = index.exposure(inV1.secretFingerprint()).orElseThrow();
        assertThat(e.rotation()).contains(mark);
        assertThat(e.sightings()).extracting(Sighting::foundAfterRotation).containsExactly(false, true, true);
        assertThat(e.foundAfterRotation()).isTrue();
        assertThat(index.foundAfterRotation()).containsExactly(e);
    }

    @Test
    void shouldNoteRotationWithoutFlagWhenNoLaterScanFindsIt() {
        RotationMark old = new RotationMark(inV1.secretFingerprint(), "secops", at("2024-12-01"), "");
        RotationMark latest = new RotationMark(inV1.secretFingerprint(), "secops", at("2025-04-01"), "again");

        ExposureIndex index = ExposureIndex.build(sources(), List.of(latest, old));

        Exposure e = index.exposure(inV1.secretFingerprint()).orElseThrow();
        assertThat(e.rotation()).contains(latest);
        assertThat(e.foundAfterRotation()).isFalse();
    }

    @Test
    void shouldLeaveOutReportsMadeUnderAnotherKey() {
        GovernanceFixtures other = new GovernanceFixtures();
        ScanReport foreign = other.report(v1, other.file("aws-secret-key", Severity.HIGH, "/x", 1, 0));
        List<ExposureSource> sources = List.of(
                new ExposureSource(fx.report(v1, inV1), Optional.of("app #1"), at("2025-01-01")),
                new ExposureSource(foreign, Optional.empty(), at("2025-01-02")));

        ExposureIndex index = ExposureIndex.build(sources, List.of());

        assertThat(index.exposures()).hasSize(1);
        assertThat(index.warnings()).containsExactly("report of an unnamed build scanned at 2025-01-02T00:00:00Z uses"
                + " fingerprint key " + foreign.keyId() + ", not " + fx.report(v1).keyId()
                + ": left out of the exposure index");
    }

    @Test
    void shouldLoadRotationFile() {
        String yaml = """
                rotations:
                  - fingerprint: hmac-sha256:00ff
                    rotatedBy: secops
                    rotatedAt: 2025-01-15T08:00:00Z
                    note: INC-42
                """;

        List<RotationMark> marks = RotationMark.load("rotations.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(marks).containsExactly(new RotationMark("hmac-sha256:00ff", "secops",
                Instant.parse("2025-01-15T08:00:00Z"), "INC-42"));
    }
}
