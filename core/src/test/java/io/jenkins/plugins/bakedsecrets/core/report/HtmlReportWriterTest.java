package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"bs-data\">";
    private final SampleReports samples = new SampleReports();

    private static String html(ScanReport report, ReportAnnotations annotations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(RuleDescriptions.empty(), annotations).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String dataBlock(String html) {
        int start = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    private ReportAnnotations annotations(ScanReport report) {
        return ReportAnnotations.builder().owner("team-payments <pay@example.com>").approvalState("pending")
                .gate("FAILED", List.of("2 critical findings exceed the threshold of 0"))
                .finding(report.findings().get(4).findingId(), new FindingAnnotation(FindingStatus.WAIVED,
                        Optional.of(Attribution.OWN), Optional.of("accepted <b>risk</b>")))
                .build();
    }

    @Test
    void shouldKeepHostilePathInsideDataBlockWhenPathContainsScriptEnd() throws IOException {
        ScanReport report = samples.everyKind();
        String html = html(report, annotations(report));
        String data = dataBlock(html);

        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(data).doesNotContain("<", ">", "&", "\u2028").contains("\\u003C/script\\u003E", "\\u2028");
        JsonNode rows = SchemaValidation.MAPPER.readTree(data).get("rows");
        assertThat(rows).hasSize(13);
        assertThat(rows.get(4).get("path").asText()).isEqualTo(SampleReports.HOSTILE_PATH);
        assertThat(rows.get(4).get("status").asText()).isEqualTo("waived");
        assertThat(rows.get(4).get("justification").asText()).isEqualTo("accepted <b>risk</b>");
        assertThat(rows.get(0).get("createdBy").asText()).isEqualTo("RUN step 0 </script><b>x</b>");
    }

    @Test
    void shouldRenderEscapedStaticTableWithTheKindInWordsWhenScriptsAreBlocked() throws IOException {
        ScanReport report = samples.everyKind();
        String html = html(report, annotations(report));
        String table = html.substring(html.indexOf("<table class=\"bs-table\">"),
                html.indexOf("</table>") + "</table>".length());

        assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + 13);
        assertThat(table).contains("<th class=\"bs-col-sev\">Severity</th><th class=\"bs-col-rule\">Rule</th>"
                + "<th class=\"bs-col-loc\">Location</th><th class=\"bs-col-layer\">Layer</th>"
                + "<th class=\"bs-col-status\">Status</th><th class=\"bs-col-preview\">Preview</th>");
        assertThat(table).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
                "<div class=\"bs-loc-main\">AWS_ACCESS_KEY_ID</div><div class=\"bs-loc-kind\">"
                        + "<span class=\"bs-loc-label\">image environment variable</span></div>",
                "<span class=\"bs-loc-label\">file in layer 0</span>"
                        + "<span class=\"bs-marker bs-hidden-marker\">deleted by layer 2</span>",
                "<span class=\"bs-marker bs-waived-marker\">waived</span>",
                "<dt>Layer created by</dt><dd>RUN step 0 &lt;/script&gt;&lt;b&gt;x&lt;/b&gt;</dd>",
                "<dt>Waiver justification</dt><dd>accepted &lt;b&gt;risk&lt;/b&gt;</dd>",
                "<dt>Attribution</dt><dd>own</dd>", "<dt>Validated</dt><dd>valid</dd>",
                "<td class=\"bs-col-status\">waived</td>");
        assertThat(html).doesNotContain("<img", "<b>");
    }

    @Test
    void shouldSayNoSecretsWereFoundInsteadOfAnEmptyTableWhenNothingWasFound() throws IOException {
        String html = html(samples.report(List.of(SampleReports.image(1)), List.of(), List.of()),
                ReportAnnotations.none());

        assertThat(html).contains("<p class=\"bs-static bs-empty\">No findings: no secrets were found in what was "
                + "scanned.</p>", "<li class=\"bs-count-total\">0 findings</li>").doesNotContain("<table");
    }

    @Test
    void shouldShowGovernanceHeaderWhenAnnotated() throws IOException {
        ScanReport report = samples.everyKind();
        String html = html(report, annotations(report));

        assertThat(html).contains("<dt>Owner</dt><dd>team-payments &lt;pay@example.com&gt;</dd>",
                "<dt>Approval</dt><dd>pending</dd>", "<dt>Gate</dt><dd>FAILED</dd>",
                "<li>2 critical findings exceed the threshold of 0</li>",
                "<dt>Manifest digest</dt><dd>" + SampleReports.digest('e', 0) + "</dd>",
                "<li class=\"bs-sev bs-sev-critical\">2 critical</li>", "<li class=\"bs-count-waived\">1 waived</li>",
                "<li>skipped-size, layer 1, /big.bin: larger than 64 MiB</li>");
    }

    @Test
    void shouldSayNotRecordedWhenNoAnnotations() throws IOException {
        String html = html(samples.report(List.of(SampleReports.image(1)), List.of(), List.of()),
                ReportAnnotations.none());

        assertThat(html).contains("<dt>Owner</dt><dd>not recorded</dd>", "<dt>Gate</dt><dd>not evaluated</dd>",
                "Coverage: complete.", "data-total=\"0\"");
    }

    @Test
    void shouldNeverContainSecretValuesButShowPreviews() throws IOException {
        ScanReport report = samples.everyKind();
        String html = html(report, annotations(report));

        for (Finding f : report.findings()) {
            assertThat(html).contains(Html.escape(f.redacted()));
        }
        samples.secrets().forEach(s -> assertThat(html.contains(s)).as("a secret value appears").isFalse());
    }

    @Test
    void shouldUseOnlySafeDomApisWhenScriptIsInspected() {
        String js = HtmlReportWriter.resource("findings-panel.js", "</script");

        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "setAttribute('on", ".onclick", ".style", "setAttribute('style", "cssText");
        assertThat(js).contains("textContent", "createElement", "rowsUrl");
    }
}
