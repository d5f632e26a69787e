package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCommandTest {
    @TempDir
    Path tmp;

    private GovernanceFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GovernanceFixture(tmp);
    }

    @AfterEach
    void noSecretLeaked() throws IOException {
        fx.assertNoSecretLeaked();
    }

    private void scanCritical(String name) throws IOException {
        fx.scan(name, GovernanceFixture.image("/app/config.ini", "aws_access_key_id = " + fx.awsKey() + "\n"));
    }

    private GovernanceFixture.Run gate(String name, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "gate";
        args[1] = "--report";
        args[2] = fx.report(name).toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return fx.run(args);
    }

    @Test
    void shouldFailUnderDefaultPolicyWhenImageHasCriticalFinding() throws IOException {
        scanCritical("app");

        GovernanceFixture.Run r = gate("app");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("Gate verdict: FAIL\n")
                .contains("FAIL [failOn.critical] 1 critical finding not approved: aws-access-key-id in "
                        + "/app/config.ini (layer 0)");
    }

    @Test
    void shouldPassUnderDefaultPolicyWhenImageIsClean() throws IOException {
        fx.scan("clean", GovernanceFixture.image("/etc/motd", "welcome\n"));

        GovernanceFixture.Run r = gate("clean");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).isEqualTo("Gate verdict: PASS\n");
    }

    @Test
    void shouldBeUnstableWhenPolicyMakesMediumUnstable() throws IOException {
        fx.scan("web", GovernanceFixture.image("/srv/session.txt", fx.jwt() + "\n"));
        Path policy = fx.file("policy.yaml", "schemaVersion: 1\nfailOn:\n  medium: unstable\n");

        GovernanceFixture.Run r = gate("web", "--policy", policy.toString());

        assertThat(r.exit()).as(r.out()).isEqualTo(3);
        assertThat(r.out()).startsWith("Gate verdict: UNSTABLE\n")
                .contains("UNSTABLE [failOn.medium] 1 medium finding");
    }

    @Test
    void shouldFailClosedWhenReportIsMissing() {
        GovernanceFixture.Run r = fx.run("gate", "--report", tmp.resolve("absent.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("Gate verdict: FAIL\n").contains("FAIL [scan] no scan report");
        assertThat(r.err()).contains("no scan report at " + tmp.resolve("absent.json"));
    }

    @Test
    void shouldFailClosedWhenReportIsMalformed() throws IOException {
        Path broken = fx.file("broken.json", "{\"schemaVersion\": 1,");

        GovernanceFixture.Run r = fx.run("gate", "--report", broken.toString(), "--format", "json");

        assertThat(r.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.get("reasons").get(0).get("clause").asText()).isEqualTo("scan");
        assertThat(json.get("reasons").get(0).get("message").asText()).contains("malformed report broken.json");
    }

    @Test
    void shouldExitTwoWithFileLineColumnWhenPolicyIsMalformed() throws IOException {
        scanCritical("app");
        Path policy = fx.file("policy.yaml", "schemaVersion: 1\nfailon:\n  critical: fail\n");

        GovernanceFixture.Run r = gate("app", "--policy", policy.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("baked-secrets: " + policy + ":2:").contains("failon").hasLineCount(1);
    }

    @Test
    void shouldExitTwoWhenWaiverFileIsMalformed() throws IOException {
        scanCritical("app");
        Path waivers = fx.file("waivers.yaml", "waivers:\n  - rule: x\n");

        GovernanceFixture.Run r = gate("app", "--waivers", waivers.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("baked-secrets: " + waivers + ":");
    }

    @Test
    void shouldKeepBaselineAndWarnWhenJobPolicyLoosensIt() throws IOException {
        scanCritical("app");
        Path baseline = fx.file("baseline.yaml", "failOn:\n  critical: fail\n");
        Path job = fx.file("job.yaml", "failOn:\n  critical: ignore\n");

        GovernanceFixture.Run r = gate("app", "--baseline-policy", baseline.toString(), "--policy", job.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL [failOn.critical]").contains("WARNING [baseline] job policy tried to "
                + "lower failOn.critical from fail to ignore; baseline kept");
    }

    @Test
    void shouldApplyJobPolicyAloneWhenNoBaselineIsGiven() throws IOException {
        scanCritical("app");
        Path job = fx.file("job.yaml", "failOn:\n  critical: ignore\n");

        GovernanceFixture.Run r = gate("app", "--policy", job.toString());

        assertThat(r.exit()).as(r.out()).isZero();
    }

    @Test
    void shouldPassWhenApprovalIsForTheScannedImage() throws IOException {
        scanCritical("app");
        Path approvals = fx.file("approvals.yaml", fx.approval("alice", "app"));

        GovernanceFixture.Run r = gate("app", "--approvals", approvals.toString(), "--starter", "bob",
                "--commit-author", "carol", "--format", "json");

        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("verdict").asText()).isEqualTo("PASS");
        Finding f = fx.read("app").findings().get(0);
        assertThat(json.get("statuses").get(f.findingId()).asText()).isEqualTo("APPROVED");
    }

    @Test
    void shouldNotCountApprovalForAnotherImage() throws IOException {
        scanCritical("app");
        scanCritical("other");
        Path approvals = fx.file("approvals.yaml", fx.approval("alice", "other"));

        GovernanceFixture.Run r = gate("app", "--approvals", approvals.toString(), "--starter", "bob",
                "--commit-author", "carol");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("WARNING [approvals] approval by alice does not count: it is for image");
    }

    @Test
    void shouldNotCountApprovalByBuildStarter() throws IOException {
        scanCritical("app");
        Path approvals = fx.file("approvals.yaml", fx.approval("alice", "app"));

        GovernanceFixture.Run r = gate("app", "--approvals", approvals.toString(), "--starter", "Alice",
                "--commit-author", "carol");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("approval by alice of docker-archive:" + tmp.resolve("app.tar")
                + " does not count: the approver started this build (separation of duties)");
    }

    @Test
    void shouldPassWhenWaiverCoversTheFinding() throws IOException {
        scanCritical("app");
        Finding f = fx.read("app").findings().get(0);
        Path waivers = fx.file("waivers.yaml", "schemaVersion: 1\nwaivers:\n  - findingId: " + f.findingId()
                + "\n    justification: revoked test key\n    owner: payments\n    expires: 2999-12-31\n");

        GovernanceFixture.Run r = gate("app", "--waivers", waivers.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("INFO [waivers] aws-access-key-id in /app/config.ini (layer 0) is waived until "
                + "2999-12-31 by payments: revoked test key");
    }

    @Test
    void shouldWriteHtmlWithVerdictOwnerAndStatus() throws IOException {
        scanCritical("app");
        Path ownership = fx.file("ownership.yaml", "team: payments\ncontact: pay@example.com\n");
        Path html = tmp.resolve("out/gate.html");

        GovernanceFixture.Run r = gate("app", "--ownership", ownership.toString(), "--html", html.toString());

        assertThat(r.exit()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("<dt>Gate</dt><dd>FAIL</dd>").contains("<dd>payments (pay@example.com)</dd>")
                .contains("<dd>no approvals recorded</dd>").contains("1 critical finding not approved");
    }

    @Test
    void shouldWriteDecisionToOutputFile() throws IOException {
        scanCritical("app");
        Path out = tmp.resolve("decision.json");

        GovernanceFixture.Run r = gate("app", "--format", "json", "--output", out.toString());

        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.get("reasons").get(0).get("level").asText()).isEqualTo("FAIL");
        assertThat(json.get("statuses").size()).isEqualTo(1);
    }

    @Test
    void shouldExitTwoWhenPolicyFileIsMissing() throws IOException {
        scanCritical("app");

        GovernanceFixture.Run r = gate("app", "--policy", tmp.resolve("nope.yaml").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("baked-secrets: no such file: " + tmp.resolve("nope.yaml") + "\n");
    }

    @Test
    void shouldDocumentExitCodesInHelp() {
        GovernanceFixture.Run r = fx.run("gate", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exit codes:").containsPattern("\\s0\\s+pass")
                .containsPattern("\\s3\\s+unstable").contains("trusts its caller");
    }

    @Test
    void shouldAttributeFindingsToBaseAndOwnLayersInHtml() throws IOException {
        String baseSecret = "k = " + fx.awsKey() + "\n";
        fx.scan("base", TestImages.image()
                .layer(l -> l.file("/base/key.ini", baseSecret)));
        String ownSecret = "k = " + fx.awsKey() + "\n";
        fx.scan("app", TestImages.image()
                .layer(l -> l.file("/base/key.ini", baseSecret)).layer(l -> l.file("/app/key.ini", ownSecret)));
        Path html = tmp.resolve("gate.html");

        GovernanceFixture.Run r = gate("app", "--base-image-report", fx.report("base").toString(), "--html",
                html.toString());

        assertThat(r.exit()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).containsOnlyOnce("\"attribution\":\"base\"").containsOnlyOnce("\"attribution\":\"own\"")
                .contains("\"status\":\"new\"");
    }

    @Test
    void shouldMapApprovedToTheFindingsRelationToTheReference() {
        assertThat(GateHtml.status(io.jenkins.plugins.bakedsecrets.core.policy.FindingStatus.APPROVED, true))
                .isEqualTo(io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.OUTSTANDING);
        assertThat(GateHtml.status(io.jenkins.plugins.bakedsecrets.core.policy.FindingStatus.APPROVED, false))
                .isEqualTo(io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.NEW);
        assertThat(GateHtml.status(io.jenkins.plugins.bakedsecrets.core.policy.FindingStatus.WAIVED, true))
                .isEqualTo(io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.WAIVED);
        assertThat(GateHtml.attribution(io.jenkins.plugins.bakedsecrets.core.provenance.Attribution.UNKNOWN))
                .isEmpty();
    }

    @Test
    void shouldNotGateOutstandingFindingsWhenScopeIsNew() throws IOException {
        String key = "aws_access_key_id = " + fx.awsKey() + "\n";
        fx.scan("previous", GovernanceFixture.image("/app/config.ini", key));
        fx.scan("app", GovernanceFixture.image("/app/config.ini", key));
        Path policy = fx.file("policy.yaml", "scope: new\n");

        GovernanceFixture.Run r = gate("app", "--policy", policy.toString(), "--reference",
                fx.report("previous").toString(), "--format", "json");

        assertThat(r.exit()).as(r.out()).isZero();
        Finding f = fx.read("app").findings().get(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("statuses").get(f.findingId()).asText()).isEqualTo("OUTSTANDING");
    }
}
