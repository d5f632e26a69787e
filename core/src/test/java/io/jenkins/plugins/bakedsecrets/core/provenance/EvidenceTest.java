package io.jenkins.plugins.bakedsecrets.core.provenance;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final TargetInfo app = image("registry.example/app:1.0", 3, "app");
    private final Finding finding = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
    private final ScanReport report = fx.report(app, finding);
    private final String reportDigest = Provenance.digestOf("{\"report\":1}".getBytes(StandardCharsets.UTF_8));

    private Provenance provenance() {
        return Provenance.builder(new CiBuilder(Optional.of("https://ci.example/"), "team/app", "42",
                        Optional.of("agent-1")))
                .source(new SourceRef("https://git.example/team/app.git", "0123456789abcdef0123456789abcdef01234567"))
                .times(Instant.parse("2025-06-01T10:00:00Z"), Instant.parse("2025-06-01T10:05:00Z"))
                .trigger("alice").scanReportDigest(reportDigest).build();
    }

    private static Set<ValidationMessage> validate(byte[] json) throws IOException {
        try (InputStream schema = EvidenceTest.class.getResourceAsStream("statement-v1.schema.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return s.validate(MAPPER.readTree(json));
        }
    }

    @Test
    void shouldWriteValidSlsaStatementForManifestDigest() throws IOException {
        byte[] json = Evidence.statementJson(EvidenceSubject.of(report), Evidence.SLSA_PROVENANCE,
                Evidence.slsaPredicate(provenance()));
        JsonNode s = MAPPER.readTree(json);

        assertThat(validate(json)).isEmpty();
        assertThat(s.at("/subject/0/name").asText()).isEqualTo("registry.example/app:1.0");
        assertThat("sha256:" + s.at("/subject/0/digest/sha256").asText()).isEqualTo(app.manifestDigest().get());
        assertThat(s.at("/predicate/buildDefinition/buildType").asText()).isEqualTo(Evidence.BUILD_TYPE);
        assertThat(s.at("/predicate/buildDefinition/resolvedDependencies/0/uri").asText())
                .isEqualTo("git+https://git.example/team/app.git");
        assertThat(s.at("/predicate/buildDefinition/resolvedDependencies/0/digest/gitCommit").asText())
                .isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(s.at("/predicate/runDetails/builder/id").asText()).isEqualTo("https://ci.example/");
        assertThat(s.at("/predicate/runDetails/metadata/invocationId").asText())
                .isEqualTo("https://ci.example/job/team/app/42");
        assertThat(s.at("/predicate/runDetails/metadata/startedOn").asText()).isEqualTo("2025-06-01T10:00:00Z");
        assertThat(s.at("/predicate/runDetails/byproducts/0/digest/sha256").asText())
                .isEqualTo(reportDigest.substring(7));
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContainIgnoringCase("level");
    }

    @Test
    void shouldHaveStructuralCheckThatCatchesBrokenStatements() throws IOException {
        ObjectNode s = Evidence.statement(EvidenceSubject.of(report), Evidence.SLSA_PROVENANCE,
                Evidence.slsaPredicate(provenance()));
        ((ObjectNode) s.at("/subject/0/digest")).put("sha256", "not-hex");
        ((ObjectNode) s.get("predicate")).remove("runDetails");

        assertThat(validate(MAPPER.writeValueAsBytes(s))).hasSize(2);
    }

    @Test
    void shouldFallBackToImageIdWithoutManifestDigest() {
        TargetInfo local = new TargetInfo(app.type(), "docker-daemon:app:1.0", app.imageId(), Optional.empty(),
                app.platform(), app.layers(), Map.of());

        assertThat(EvidenceSubject.of(fx.report(local))).containsExactly(
                new EvidenceSubject("docker-daemon:app:1.0", app.imageId().get().substring(7)));
    }

    @Test
    void shouldWriteValidScanSummaryStatement() throws IOException {
        Approval approval = GovernanceFixtures.approve("bob", app, List.of(finding));
        ScanSummaryInput in = new ScanSummaryInput(report, Optional.of(reportDigest),
                Optional.of(new Ownership("payments", "#payments", Map.of("tier", "1"))), List.of(approval),
                Optional.of("PASS"));

        byte[] json = Evidence.statementJson(EvidenceSubject.of(report), Evidence.SCAN_SUMMARY,
                Evidence.scanSummaryPredicate(in));
        JsonNode p = MAPPER.readTree(json).get("predicate");

        assertThat(validate(json)).isEmpty();
        assertThat(p.at("/counts/critical").asInt()).isEqualTo(1);
        assertThat(p.at("/counts/total").asInt()).isEqualTo(1);
        assertThat(p.at("/findingIds/0").asText()).isEqualTo(finding.findingId());
        assertThat(p.at("/keyId").asText()).isEqualTo(report.keyId());
        assertThat(p.at("/images/0/diffIds")).hasSize(3);
        assertThat(p.at("/ownership/team").asText()).isEqualTo("payments");
        assertThat(p.at("/approvals/0/approver").asText()).isEqualTo("bob");
        assertThat(p.at("/gate/verdict").asText()).isEqualTo("PASS");
        assertThat(p.at("/reportDigest").asText()).isEqualTo(reportDigest);
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain(finding.secretFingerprint());
    }

    @Test
    void shouldWritePredicateAloneForCosign() throws IOException {
        ObjectNode predicate = Evidence.slsaPredicate(provenance());

        JsonNode written = MAPPER.readTree(Evidence.predicateJson(predicate));

        assertThat(written).isEqualTo(predicate);
        assertThat(written.has("_type")).isFalse();
    }

    @Test
    void shouldRefuseStatementWithoutImageSubject() {
        TargetInfo ci = new TargetInfo(TargetInfo.CI_ENV, "ci", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Map.of());

        assertThatThrownBy(() -> Evidence.statement(EvidenceSubject.of(fx.report(ci)), Evidence.SCAN_SUMMARY,
                MAPPER.createObjectNode()))
                .isInstanceOf(ScanException.class)
                .hasMessage("an in-toto statement needs at least one image subject; the report has none");
    }

    @Test
    void shouldRefuseMalformedDigests() {
        TargetInfo odd = new TargetInfo(app.type(), "app", Optional.of("sha512:abcd"), Optional.empty(),
                Optional.empty(), app.layers(), Map.of());

        assertThatThrownBy(() -> EvidenceSubject.of(fx.report(odd)))
                .hasMessage("cannot name image app in a statement: digest sha512:abcd is not sha256:<64 hex digits>");
        assertThatThrownBy(() -> Provenance.builder(provenance().builder()).scanReportDigest("sha256:XYZ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a digest like sha256:<64 hex digits>, got 'sha256:XYZ'");
    }
}
