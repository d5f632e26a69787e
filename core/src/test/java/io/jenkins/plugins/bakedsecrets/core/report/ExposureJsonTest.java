package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import io.jenkins.plugins.bakedsecrets.core.scan.RegistryExposure;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-target {@code exposure} object of the JSON report: writer, strict reader and schema agree. */
class ExposureJsonTest {
    private final SampleReports samples = new SampleReports();

    /** Every kind of report, with one registry target per answer plus the sample's archive and CI targets. */
    private ScanReport withExposures() {
        ScanReport base = samples.everyKind();
        List<TargetInfo> targets = new ArrayList<>(base.targets());
        for (AnonymousPull answer : AnonymousPull.values()) {
            targets.add(SampleReports.image(1).withExposure(Optional.of(new RegistryExposure(answer))));
        }
        return samples.report(targets, base.coverage(), base.findings());
    }

    private static ScanReport read(String json) {
        return new JsonReportReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldWriteAnonymousPullPerTargetAndOmitItWhenUnchecked() throws IOException {
        JsonNode targets = SchemaValidation.MAPPER.readTree(JsonReportWriterTest.json(withExposures()))
                .get("targets");

        assertThat(targets).hasSize(5);
        assertThat(targets.get(0).has("exposure")).isFalse();
        assertThat(targets.get(1).has("exposure")).isFalse();
        assertThat(targets.get(2).get("exposure").toString()).isEqualTo("{\"anonymousPull\":\"true\"}");
        assertThat(targets.get(3).get("exposure").toString()).isEqualTo("{\"anonymousPull\":\"false\"}");
        assertThat(targets.get(4).get("exposure").toString()).isEqualTo("{\"anonymousPull\":\"unknown\"}");
    }

    @Test
    void shouldRoundTripAndValidateWhenTargetsCarryExposure() throws IOException {
        ScanReport report = withExposures();
        byte[] json = JsonReportWriterTest.json(report);

        assertThat(read(new String(json, StandardCharsets.UTF_8))).isEqualTo(report);
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), json)).isEmpty();
    }

    @Test
    void shouldRejectWhenAnonymousPullIsNotOneOfThreeAnswers() throws IOException {
        String json = new String(JsonReportWriterTest.json(withExposures()), StandardCharsets.UTF_8)
                .replace("{\"anonymousPull\":\"false\"}", "{\"anonymousPull\":\"maybe\"}");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageEndingWith("exposure.anonymousPull must be true, false or unknown");
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), json.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    @Test
    void shouldRejectWhenExposureHasUnknownFieldOrNoAnswer() throws IOException {
        String json = new String(JsonReportWriterTest.json(withExposures()), StandardCharsets.UTF_8);
        String unknown = json.replace("{\"anonymousPull\":\"true\"}", "{\"anonymousPull\":\"true\",\"public\":1}");
        String empty = json.replace("{\"anonymousPull\":\"true\"}", "{}");

        assertThatThrownBy(() -> read(unknown)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("unknown field 'public' in exposure");
        assertThatThrownBy(() -> read(empty)).isInstanceOf(ReportFormatException.class)
                .hasMessageEndingWith("exposure needs anonymousPull");
    }
}
