package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
    /** RFC 3986 relative-ref built from pchar and "/" only, with no colon before the first slash. */
    private static final Pattern RELATIVE_PATH_REF = Pattern.compile(
            "^(?:[A-Za-z0-9\\-._~!$&'()*+,;=@]|%[0-9A-F]{2})+(?:/(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})*)*$");
    private final SampleReports samples = new SampleReports();

    private static byte[] sarif(ScanReport report, ReportAnnotations annotations, SarifLimits limits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter(RuleDescriptions.of(List.of(new RuleDescription("github-pat", "GitHub personal token",
                "A GitHub personal access token.", "Revoke it in GitHub settings, then rebuild.", List.of("github")))),
                annotations, limits).write(report, out);
        return out.toByteArray();
    }

    private static JsonNode run(byte[] sarif) throws IOException {
        return SchemaValidation.MAPPER.readTree(sarif).at("/runs/0");
    }

    private ReportAnnotations governance(ScanReport report) {
        return ReportAnnotations.builder()
                .finding(report.findings().get(0).findingId(), FindingAnnotation.of(FindingStatus.NEW))
                .finding(report.findings().get(1).findingId(), new FindingAnnotation(FindingStatus.WAIVED,
                        Optional.of(Attribution.BASE), Optional.of("Test fixture, ticket SEC-1")))
                .finding(report.findings().get(2).findingId(), FindingAnnotation.of(FindingStatus.OUTSTANDING))
                .gate("FAILED", List.of("1 new critical finding")).build();
    }

    @Test
    void shouldValidateAgainstSarifSchemaWhenReportHasEveryKind() throws IOException {
        ScanReport report = samples.everyKind();
        byte[] sarif = sarif(report, governance(report), SarifLimits.GITHUB);

        assertThat(SchemaValidation.errors(SchemaValidation.sarifSchema(), sarif)).isEmpty();
        assertThat(run(sarif).at("/results").size()).isEqualTo(13);
    }

    @Test
    void shouldDescribeRulesWithSeverityScoresAndFallbackTitles() throws IOException {
        JsonNode run = run(sarif(samples.everyKind(), ReportAnnotations.none(), SarifLimits.GITHUB));
        JsonNode rules = run.at("/tool/driver/rules");

        assertThat(rules.get(0).get("id").asText()).isEqualTo("github-pat");
        assertThat(rules.get(0).at("/shortDescription/text").asText()).isEqualTo("GitHub personal token");
        assertThat(rules.get(0).at("/properties/security-severity").asText()).isEqualTo("9.5");
        assertThat(rules.get(0).at("/properties/tags").toString()).isEqualTo("[\"security\",\"secret\",\"github\"]");
        JsonNode aws = rules.get(2);
        assertThat(aws.get("id").asText()).isEqualTo("aws-access-key");
        assertThat(aws.at("/shortDescription/text").asText()).isEqualTo("AWS access key");
        assertThat(aws.at("/help/text").asText()).startsWith("Rotate the secret first");
        assertThat(aws.at("/properties/security-severity").asText()).isEqualTo("8.0");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void shouldMapLevelsAndLocationsWhenFindingsVary() throws IOException {
        JsonNode results = run(sarif(samples.everyKind(), ReportAnnotations.none(), SarifLimits.GITHUB)).get("results");
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").asText()));

        assertThat(levels).containsExactly("error", "error", "error", "error", "error", "error", "error", "error",
                "warning", "warning", "note", "note", "note");
        JsonNode first = results.get(0);
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("etc/app/config.yml");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(first.at("/partialFingerprints/bakedSecrets~1findingId~1v1").asText()).startsWith("bs1:");
        JsonNode env = results.get(4);
        assertThat(env.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("env AWS_ACCESS_KEY_ID");
        assertThat(env.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("variable");
        assertThat(results.get(2).at("/message/text").asText())
                .contains("layer 0 /root/.aws/credentials:2 (deleted by layer 2, still in the image)");
    }

    @Test
    void shouldNestArchiveEntriesAsArtifactsWhenPathIsInsideArchive() throws IOException {
        JsonNode run = run(sarif(samples.everyKind(), ReportAnnotations.none(), SarifLimits.GITHUB));

        assertThat(run.at("/artifacts/0/location/uri").asText()).isEqualTo("opt/lib/app.jar");
        assertThat(run.at("/artifacts/0/location/uriBaseId").asText()).isEqualTo("IMAGEROOT");
        assertThat(run.at("/artifacts/1/location/uri").asText()).isEqualTo("BOOT-INF/classes/application.properties");
        assertThat(run.at("/artifacts/1/parentIndex").asInt()).isZero();
        JsonNode jar = run.get("results").get(8);
        assertThat(jar.at("/locations/0/physicalLocation/artifactLocation/index").asInt()).isEqualTo(1);
        assertThat(jar.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    }

    @Test
    void shouldProduceValidUriReferencesWhenPathsAreHostile() throws IOException {
        JsonNode run = run(sarif(samples.everyKind(), ReportAnnotations.none(), SarifLimits.GITHUB));
        List<String> uris = new ArrayList<>();
        run.findValues("uri").forEach(u -> uris.add(u.asText()));
        uris.remove("file:///");

        assertThat(uris).hasSizeGreaterThan(12);
        for (String uri : uris) {
            assertThat(RELATIVE_PATH_REF.matcher(uri).matches()).as(uri).isTrue();
            assertThat(URI.create(uri).getFragment()).as(uri).isNull();
        }
        String hostile = SarifUris.relative(SampleReports.HOSTILE_PATH);
        assertThat(hostile).doesNotContain(" ", "#", "<", ">").contains("%25", "%23", "%3C/script%3E", "%C3%BC");
        assertThat(URLDecoder.decode(hostile.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(SampleReports.HOSTILE_PATH.substring(1));
        assertThat(SarifUris.relative("/a:b/c")).isEqualTo("a%3Ab/c");
    }

    @Test
    void shouldSuppressWaivedAndMarkBaselineWhenAnnotated() throws IOException {
        ScanReport report = samples.everyKind();
        JsonNode run = run(sarif(report, governance(report), SarifLimits.GITHUB));
        JsonNode results = run.get("results");

        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("new");
        JsonNode waived = results.get(2);
        assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(waived.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(waived.at("/suppressions/0/justification").asText()).isEqualTo("Test fixture, ticket SEC-1");
        assertThat(waived.at("/properties/attribution").asText()).isEqualTo("base");
        assertThat(results.get(3).get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.get(4).has("suppressions")).isFalse();
        assertThat(run.at("/properties/bakedSecrets~1gate").asText()).isEqualTo("FAILED");
    }

    @Test
    void shouldKeepMostSevereAndSaySoWhenResultCountIsCut() throws IOException {
        ScanReport report = samples.many(20);
        JsonNode run = run(sarif(report, ReportAnnotations.none(), new SarifLimits(4, 10_000_000)));

        assertThat(run.get("results")).hasSize(4);
        run.get("results").forEach(r -> assertThat(r.at("/properties/severity").asText()).isEqualTo("critical"));
        assertThat(run.at("/properties/bakedSecrets~1truncated").asBoolean()).isTrue();
        assertThat(run.at("/properties/bakedSecrets~1totalResults").asInt()).isEqualTo(20);
        assertThat(run.at("/properties/bakedSecrets~1writtenResults").asInt()).isEqualTo(4);
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
                .startsWith("Only 4 of 20 results are in this file");
    }

    @Test
    void shouldStayUnderByteLimitWhenReportIsLarge() throws IOException {
        ScanReport report = samples.many(3_000);
        byte[] sarif = sarif(report, ReportAnnotations.none(), new SarifLimits(25_000, 200_000));
        JsonNode run = run(sarif);

        assertThat(sarif.length).isLessThanOrEqualTo(200_000);
        int written = run.get("results").size();
        assertThat(written).isBetween(50, 2_999);
        assertThat(run.at("/properties/bakedSecrets~1writtenResults").asInt()).isEqualTo(written);
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
        assertThat(SchemaValidation.errors(SchemaValidation.sarifSchema(), sarif)).isEmpty();
    }

    @Test
    void shouldNotTruncateWhenUnderLimits() throws IOException {
        JsonNode run = run(sarif(samples.many(40), ReportAnnotations.none(), SarifLimits.GITHUB));

        assertThat(run.get("results")).hasSize(40);
        assertThat(run.at("/properties/bakedSecrets~1truncated").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications")).isEmpty();
    }

    @Test
    void shouldNeverContainSecretValuesButShowPreviews() throws IOException {
        ScanReport report = samples.everyKind();
        String text = new String(sarif(report, governance(report), SarifLimits.GITHUB), StandardCharsets.UTF_8);

        for (Finding f : report.findings()) {
            assertThat(text).contains(f.redacted());
        }
        samples.secrets().forEach(s -> assertThat(text.contains(s)).as("a secret value appears").isFalse());
        assertThat(Severity.values()).allSatisfy(s -> assertThat(SarifReportWriter.securitySeverity(s)).matches(
                "\\d\\.\\d"));
    }
}
