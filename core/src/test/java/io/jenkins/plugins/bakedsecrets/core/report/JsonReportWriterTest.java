package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private final SampleReports samples = new SampleReports();

    static byte[] json(ScanReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, out);
        return out.toByteArray();
    }

    @Test
    void shouldWriteContractFieldsWhenReportHasEveryLocationKind() throws IOException {
        ScanReport report = samples.everyKind();

        JsonNode root = SchemaValidation.MAPPER.readTree(json(report));

        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("keyId").asText()).isEqualTo(samples.keyId());
        assertThat(root.at("/tool/rulesVersion").asText()).isEqualTo("2026.1");
        assertThat(root.at("/targets/0/layers/1").has("createdBy")).isFalse();
        assertThat(root.at("/targets/0/layers/2/createdBy").asText()).startsWith("RUN step 2");
        assertThat(root.at("/targets/1").has("imageId")).isFalse();
        assertThat(root.at("/coverage/complete").asBoolean()).isFalse();
        assertThat(root.at("/coverage/gaps/0/reason").asText()).isEqualTo("skipped-size");
        assertThat(root.at("/coverage/gaps/1").has("layerIndex")).isFalse();
        assertThat(root.at("/findings/1/location/deleted").asBoolean()).isTrue();
        assertThat(root.at("/findings/1/location/hiddenBy").asInt()).isEqualTo(2);
        assertThat(root.at("/findings/1").has("validated")).isFalse();
        assertThat(root.at("/findings/0/validated").asBoolean()).isTrue();
        assertThat(root.at("/findings/6/location/key").asText()).isEqualTo("AWS_ACCESS_KEY_ID");
        assertThat(root.at("/findings/6/location").has("path")).isFalse();
        assertThat(root.at("/summary/total").asInt()).isEqualTo(report.findings().size());
        assertThat(root.at("/summary/bySeverity/critical").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/coverageGaps").asInt()).isEqualTo(2);
        assertThat(new String(json(report), StandardCharsets.UTF_8)).doesNotContain("null");
    }

    @Test
    void shouldValidateAgainstSchemaWhenOptionalPartsArePresentOrAbsent() throws IOException {
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), json(samples.everyKind()))).isEmpty();
        ScanReport empty = samples.report(List.of(), List.of(), List.of());
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), json(empty))).isEmpty();
    }

    @Test
    void shouldFailSchemaWhenContractIsBroken() throws IOException {
        String broken = new String(json(samples.everyKind()), StandardCharsets.UTF_8)
                .replace("\"severity\":\"critical\"", "\"severity\":\"urgent\"");

        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), broken.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    @Test
    void shouldNeverContainSecretValuesWhenWritten() throws IOException {
        ScanReport report = samples.everyKind();
        String text = new String(json(report), StandardCharsets.UTF_8);

        assertThat(text).contains(report.findings().get(0).redacted());
        List<String> leaked = new ArrayList<>();
        for (String secret : samples.secrets()) {
            if (text.contains(secret)) {
                leaked.add("secret #" + samples.secrets().indexOf(secret));
            }
        }
        assertThat(leaked).isEmpty();
    }
}
