package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportReaderTest {
    private final SampleReports samples = new SampleReports();

    private static ScanReport read(String json) {
        return new JsonReportReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String valid() throws IOException {
        return new String(JsonReportWriterTest.json(samples.everyKind()), StandardCharsets.UTF_8);
    }

    @Test
    void shouldRoundTripWhenWrittenAndReadBack(@TempDir Path dir) throws IOException {
        ScanReport report = samples.everyKind();
        Path file = dir.resolve("report.json");
        Files.write(file, JsonReportWriterTest.json(report));

        assertThat(new JsonReportReader().read(file)).isEqualTo(report);
    }

    @Test
    void shouldRoundTripWhenReportIsLarge() throws IOException {
        ScanReport report = samples.many(2_000);

        assertThat(read(new String(JsonReportWriterTest.json(report), StandardCharsets.UTF_8))).isEqualTo(report);
    }

    @Test
    void shouldNameLineAndColumnWhenJsonIsMalformed() {
        assertThatThrownBy(() -> read("{\n  \"schemaVersion\": 1,\n  \"tool\": {]\n}"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("malformed report <stream> at line 3, column")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldRejectWhenSchemaVersionIsNewer() {
        assertThatThrownBy(() -> read("{\"schemaVersion\":2}"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("malformed report <stream> at line 1, column 18: unsupported schemaVersion 2 "
                        + "(this reader knows 1 to 1)");
    }

    @Test
    void shouldRejectWhenTypeIsWrong() throws IOException {
        String json = valid().replace("\"line\":3", "\"line\":\"3\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("line must be an integer");
    }

    @Test
    void shouldRejectWhenFieldIsUnknown() throws IOException {
        String json = valid().replace("\"redacted\":", "\"secret\":\"x\",\"redacted\":");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("unknown field 'secret' in finding");
    }

    @Test
    void shouldRejectWhenRequiredFieldIsMissing() throws IOException {
        String json = valid().replaceFirst("\"keyId\":\"[^\"]*\",", "");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("missing field 'keyId'");
    }

    @Test
    void shouldRejectWhenFindingNamesMissingTarget() throws IOException {
        String json = valid().replace("\"target\":0,\"location\"", "\"target\":7,\"location\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("inconsistent report <stream>: finding bs1:");
    }

    @Test
    void shouldRejectWhenLargerThanLimit() throws IOException {
        byte[] json = valid().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new JsonReportReader(100).read(new ByteArrayInputStream(json)))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("cannot read report <stream>: report <stream> is larger than 100 bytes");
    }

    @Test
    void shouldRejectWhenContentFollowsTheReport() throws IOException {
        String json = valid() + "{}";

        assertThatThrownBy(() -> read(json)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("unexpected content after the report object");
    }
}
