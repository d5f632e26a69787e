package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelDataWriterTest {
    private final SampleReports samples = new SampleReports();

    private static JsonNode data(ScanReport report, ReportAnnotations annotations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PanelDataWriter(RuleDescriptions.empty(), annotations).write(report, out);
        return SchemaValidation.MAPPER.readTree(out.toByteArray());
    }

    @Test
    void shouldSayWhereEachFindingIsInWordsWhenLocationsAreOfEveryKind() throws IOException {
        JsonNode rows = data(samples.everyKind(), ReportAnnotations.none()).get("rows");

        assertThat(rows).extracting(r -> r.get("location").asText(), r -> r.get("kindLabel").asText()).containsExactly(
                tuple("/etc/app/config.yml:3", "file in layer 0"),
                tuple("/root/.aws/credentials:2", "file in layer 0"),
                tuple("/srv/app.env:1", "file in layer 1"),
                tuple("/opt/lib/app.jar!/BOOT-INF/classes/application.properties:7", "file in an archive in layer 1"),
                tuple(SampleReports.HOSTILE_PATH + ":9", "file in layer 2"),
                tuple("/keys/id_rsa", "file in layer 2"),
                tuple("AWS_ACCESS_KEY_ID", "image environment variable"),
                tuple("ci.token", "image label"),
                tuple("TOKEN", "image history step 4"),
                tuple("Entrypoint", "image config field"),
                tuple("GH_TOKEN", "CI environment variable"),
                tuple("predicate.buildDefinition", "attestation"),
                tuple("registry.example.com", "registry"));
        assertThat(rows.get(1).get("hidden").asText()).isEqualTo("deleted by layer 2");
        assertThat(rows.get(2).get("hidden").asText()).isEqualTo("overwritten by layer 2");
        assertThat(rows.get(0).get("layer").asInt()).isZero();
        assertThat(rows.get(6).has("layer")).isFalse();
    }

    @Test
    void shouldOfferEveryKindPresentInWordsWhenFilterChoicesAreWritten() throws IOException {
        JsonNode kinds = data(samples.everyKind(), ReportAnnotations.none()).get("kinds");

        assertThat(kinds.properties()).extracting(e -> e.getKey(), e -> e.getValue().asText()).containsExactly(
                tuple("file", "file"), tuple("env", "image environment variable"), tuple("label", "image label"),
                tuple("history", "image history step"), tuple("config", "image config field"),
                tuple("ci-env", "CI environment variable"), tuple("attestation", "attestation"),
                tuple("registry", "registry"));
    }

    @Test
    void shouldCountOnlyWaivedFindingsAsWaivedWhenSomeAreAnnotated() throws IOException {
        ScanReport report = samples.everyKind();
        ReportAnnotations annotations = ReportAnnotations.builder()
                .finding(report.findings().get(0).findingId(), FindingAnnotation.of(FindingStatus.WAIVED))
                .finding(report.findings().get(3).findingId(), new FindingAnnotation(FindingStatus.WAIVED,
                        Optional.of(Attribution.BASE), Optional.of("vendor test key")))
                .finding(report.findings().get(5).findingId(), FindingAnnotation.of(FindingStatus.NEW)).build();
        JsonNode data = data(report, annotations);

        assertThat(data.get("total").asInt()).isEqualTo(13);
        assertThat(data.get("waived").asInt()).isEqualTo(2);
        assertThat(data.get("rows").get(3).get("status").asText()).isEqualTo("waived");
        assertThat(data.get("rows").get(3).get("attribution").asText()).isEqualTo("base");
        assertThat(data.get("rows").get(5).get("status").asText()).isEqualTo("new");
    }

    @Test
    void shouldWriteZeroCountsAndNoKindsWhenNothingWasFound() throws IOException {
        JsonNode data = data(samples.report(List.of(SampleReports.image(1)), List.of(), List.of()),
                ReportAnnotations.none());

        assertThat(data.get("total").asInt()).isZero();
        assertThat(data.get("waived").asInt()).isZero();
        assertThat(data.get("kinds").isEmpty()).isTrue();
        assertThat(data.get("rows").isEmpty()).isTrue();
    }

    @Test
    void shouldNeverContainSecretValuesWhenRowsAreWritten() throws IOException {
        ScanReport report = samples.everyKind();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PanelDataWriter(RuleDescriptions.empty(), ReportAnnotations.none()).write(report, out);
        String json = out.toString(StandardCharsets.UTF_8);

        samples.secrets().forEach(s -> assertThat(json.contains(s)).as("a secret value appears").isFalse());
        assertThat(json).contains(report.findings().get(0).redacted());
    }
}
