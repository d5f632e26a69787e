package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.policy.Policy;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.policy.WaiverMatcher;
import io.jenkins.plugins.bakedsecrets.core.policy.Waivers;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report format with waivers applied: suppressed findings stay listed and are marked. */
class SuppressedReportTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private final SampleReports samples = new SampleReports();
    private final ScanReport report = samples.everyKind();
    private final Finding waived = report.findings().get(0);
    private final Finding expiredFor = report.findings().get(1);
    private final Finding protectedMedium = report.findings().get(3);
    private final Suppressions suppressions = suppressions();

    /** One valid waiver, one expired, one the policy does not let count (medium findings may not be waived). */
    private Suppressions suppressions() {
        String yaml = """
                schemaVersion: 1
                waivers:
                  - findingId: %s
                    justification: revoked test token, ticket SEC-7
                    owner: alice
                    expires: 2026-12-31
                  - findingId: %s
                    justification: old exception
                    owner: bob
                    expires: 2025-01-31
                  - rule: github-pat
                    path: /opt/**
                    justification: vendored sample
                    owner: carol
                    expires: 2026-01-01
                """.formatted(waived.findingId(), expiredFor.findingId());
        Policy policy = Policy.builder().allowWaivers(Severity.MEDIUM, false).build();
        return WaiverMatcher.apply(policy, Waivers.load(".baked-secrets.yaml", yaml), report.findings(), TODAY)
                .withSource(".baked-secrets.yaml");
    }

    private byte[] json(Suppressions s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter(s).write(report, out);
        return out.toByteArray();
    }

    private static ScanReport read(byte[] json) {
        return new JsonReportReader().read(new ByteArrayInputStream(json));
    }

    @Test
    void shouldMarkSuppressedFindingAndListWaiversWhenJsonIsWritten() throws IOException {
        JsonNode root = SchemaValidation.MAPPER.readTree(json(suppressions));

        assertThat(root.get("findings")).hasSize(report.findings().size());
        JsonNode mark = root.at("/findings/0/suppression");
        assertThat(mark.get("kind").asText()).isEqualTo("waiver");
        assertThat(mark.get("justification").asText()).isEqualTo("revoked test token, ticket SEC-7");
        assertThat(mark.get("owner").asText()).isEqualTo("alice");
        assertThat(mark.get("expires").asText()).isEqualTo("2026-12-31");
        assertThat(mark.get("origin").asText()).isEqualTo(".baked-secrets.yaml:3:5");
        assertThat(mark.get("selector").asText()).isEqualTo("finding " + waived.findingId());
        for (int i = 1; i < report.findings().size(); i++) {
            assertThat(root.at("/findings/" + i).has("suppression")).as("finding %d", i).isFalse();
        }
        assertThat(root.at("/summary/total").asInt()).isEqualTo(report.findings().size());
        assertThat(root.at("/summary/bySeverity/critical").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/suppressed").asInt()).isEqualTo(1);
        assertThat(root.at("/waivers/source").asText()).isEqualTo(".baked-secrets.yaml");
        assertThat(root.at("/waivers/suppressed").asInt()).isEqualTo(1);
        assertThat(root.at("/waivers/expired/0/origin").asText()).isEqualTo(".baked-secrets.yaml:7:5");
        assertThat(root.at("/waivers/expired/0/message").asText()).endsWith("expired on 2025-01-31 and no longer"
                + " suppresses anything");
        assertThat(root.at("/waivers/notCounted/0/selector").asText()).isEqualTo("rule github-pat at /opt/**");
        assertThat(root.at("/waivers/notCounted/0/reason").asText()).isEqualTo("cannot suppress medium findings:"
                + " the policy does not allow waiving them");
        assertThat(root.at("/waivers/notCounted")).hasSize(1);
    }

    @Test
    void shouldValidateAgainstSchemaWhenMarked() throws IOException {
        assertThat(SchemaValidation.errors(SchemaValidation.reportSchema(), json(suppressions))).isEmpty();
    }

    @Test
    void shouldWriteNoSuppressionFieldsWhenNoWaiversApply() throws IOException {
        ByteArrayOutputStream bare = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, bare);

        assertThat(json(Suppressions.NONE)).isEqualTo(bare.toByteArray());
        assertThat(bare.toString(StandardCharsets.UTF_8)).doesNotContain("suppress", "\"waivers\"");
    }

    @Test
    void shouldReadMarkedReportBackWithoutTheMarks() throws IOException {
        assertThat(read(json(suppressions))).isEqualTo(report);
    }

    @Test
    void shouldRejectMarksWhoseCountsDisagree() throws IOException {
        String text = new String(json(suppressions), StandardCharsets.UTF_8);
        byte[] wrongSummary = text.replace("\"suppressed\":1,\"expired\"", "\"suppressed\":2,\"expired\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] unknownKind = text.replace("\"kind\":\"waiver\"", "\"kind\":\"gate\"").getBytes(StandardCharsets.UTF_8);
        byte[] badDate = text.replace("\"expires\":\"2026-12-31\"", "\"expires\":\"soon\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(wrongSummary)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("the suppressed counts do not match the suppressed findings");
        assertThatThrownBy(() -> read(unknownKind)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("unknown suppression kind");
        assertThatThrownBy(() -> read(badDate)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("suppression.expires must be a date like 2025-12-31");
    }

    @Test
    void shouldMarkWaivedRowAndListWarningsWhenTextIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReportWriter(suppressions).write(report, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(2)).startsWith("SEVERITY").endsWith("WAIVER");
        assertThat(lines.get(3)).startsWith("CRITICAL").contains("/etc/app/config.yml")
                .endsWith("[waived until 2026-12-31 by alice]");
        assertThat(lines.subList(4, 3 + report.findings().size())).noneMatch(l -> l.contains("waived"));
        assertThat(lines).contains("1 finding suppressed by waivers from .baked-secrets.yaml (still listed, marked)",
                "  warning: waiver for finding " + expiredFor.findingId() + " (owner bob, .baked-secrets.yaml:7:5)"
                        + " expired on 2025-01-31 and no longer suppresses anything",
                "  warning: waiver for rule github-pat at /opt/** (owner carol, .baked-secrets.yaml:11:5) cannot"
                        + " suppress medium findings: the policy does not allow waiving them");
    }

    @Test
    void shouldSuppressWaivedResultWhenSarifIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter(RuleDescriptions.empty(), ReportAnnotations.builder().suppressions(suppressions)
                .build()).write(report, out);
        JsonNode results = SchemaValidation.MAPPER.readTree(out.toByteArray()).at("/runs/0/results");

        assertThat(SchemaValidation.errors(SchemaValidation.sarifSchema(), out.toByteArray())).isEmpty();
        assertThat(results).filteredOn(r -> r.has("suppressions")).singleElement().satisfies(r -> {
            assertThat(r.at("/partialFingerprints/bakedSecrets~1findingId~1v1").asText())
                    .isEqualTo(waived.findingId());
            assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
            assertThat(r.at("/suppressions/0/status").asText()).isEqualTo("accepted");
            assertThat(r.at("/suppressions/0/justification").asText())
                    .isEqualTo("waived until 2026-12-31 by alice: revoked test token, ticket SEC-7");
        });
        assertThat(results).hasSize(report.findings().size());
    }

    @Test
    void shouldShowWaivedStatusWithJustificationWhenHtmlIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(RuleDescriptions.empty(), ReportAnnotations.builder().suppressions(suppressions)
                .build()).write(report, out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).contains("waived until 2026-12-31 by alice: revoked test token, ticket SEC-7");
        assertThat(html.split("<td class=\"bs-col-status\">waived</td>", -1)).hasSize(2);
        assertThat(html).contains("<li class=\"bs-count-waived\">1 waived</li>");
    }

    @Test
    void shouldNeverWriteASecretValueInAnyFormat() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(json(suppressions));
        new TextReportWriter(suppressions).write(report, all);
        ReportAnnotations annotations = ReportAnnotations.builder().suppressions(suppressions).build();
        new SarifReportWriter(RuleDescriptions.empty(), annotations).write(report, all);
        new HtmlReportWriter(RuleDescriptions.empty(), annotations).write(report, all);
        String text = all.toString(StandardCharsets.UTF_8);

        samples.secrets().forEach(s -> assertThat(text.contains(s)).as("a secret value appears").isFalse());
    }
}
