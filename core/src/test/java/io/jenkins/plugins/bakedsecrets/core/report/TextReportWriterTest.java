package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import io.jenkins.plugins.bakedsecrets.core.scan.RegistryExposure;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {
    private final SampleReports samples = new SampleReports();

    private static String text(ScanReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldListEveryFindingWithWhereAndMarkersWhenReportHasFindings() throws IOException {
        ScanReport report = samples.everyKind();
        Finding deleted = report.findings().get(1);

        String text = text(report);

        assertThat(text.lines().filter(l -> l.startsWith("CRITICAL") || l.startsWith("HIGH")
                || l.startsWith("MEDIUM") || l.startsWith("LOW") || l.startsWith("INFO"))).hasSize(13);
        assertThat(text).contains("layer 0 /root/.aws/credentials:2", "deleted by layer 2",
                "overwritten by layer 2", "env AWS_ACCESS_KEY_ID", "label ci.token", "history #4 TOKEN",
                "config Entrypoint", "ci-env GH_TOKEN", deleted.redacted(),
                deleted.secretFingerprint().substring("hmac-sha256:".length(), "hmac-sha256:".length() + 12));
        assertThat(text).contains("13 findings: critical 2, high 6, medium 2, low 1, info 2");
        assertThat(text).contains("Coverage: 2 gaps (not scanned)", "  skipped-size layer 1 /big.bin: larger than 64 MiB",
                "  missing-layer: non-distributable layer");
        samples.secrets().forEach(s -> assertThat(text.contains(s)).as("a secret value appears").isFalse());
    }

    @Test
    void shouldReplaceControlCharactersWhenPathHoldsThem() throws IOException {
        Location l = SampleReports.fileIn(0, "/a\u001b[31m\nb", 1);
        ScanReport report = samples.report(List.of(SampleReports.image(1)), List.of(),
                List.of(samples.finding("r", "R", Severity.LOW, l, samples.newAwsKey(), Optional.empty())));

        String text = text(report);

        assertThat(text).contains("layer 0 /a?[31m?b:1").doesNotContain("\u001b");
    }

    @Test
    void shouldSayWhetherAnyoneCanPullWhenTargetCarriesExposure() throws IOException {
        TargetInfo pullable = SampleReports.image(1).withExposure(Optional.of(new RegistryExposure(AnonymousPull.TRUE)));

        String text = text(samples.report(List.of(pullable, SampleReports.image(1)), List.of(), List.of()));

        assertThat(text).startsWith("Target: docker-archive:app.tar:app:1.0 (" + SampleReports.digest('c', 0)
                + "), anonymous pull: true\nTarget: docker-archive:app.tar:app:1.0 (" + SampleReports.digest('c', 0)
                + ")\nNo secrets found.");
    }

    @Test
    void shouldSayNothingFoundWhenReportIsEmpty() throws IOException {
        String text = text(samples.report(List.of(SampleReports.image(1)), List.of(), List.of()));

        assertThat(text).isEqualTo("Target: docker-archive:app.tar:app:1.0 (" + SampleReports.digest('c', 0) + ")\n"
                + "No secrets found.\n\n0 findings: critical 0, high 0, medium 0, low 0, info 0\nCoverage: complete\n");
    }
}
