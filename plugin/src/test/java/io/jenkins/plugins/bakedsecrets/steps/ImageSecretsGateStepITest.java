package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.governance.GateAction;
import io.jenkins.plugins.bakedsecrets.governance.GateReasonRow;
import io.jenkins.plugins.bakedsecrets.governance.OwnershipAction;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.NoPlantedValues;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ImageSecretsGateStepITest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldPassAndReturnVerdictWhenImageIsClean() throws Exception {
        WorkflowRun run = j.buildAndAssertSuccess(job(Map.of("srv/app/README", "nothing to see\n"), """
                recordImageOwnership owner: 'payments', contact: '#payments', attributes: [tier: 1]
                def gate = imageSecretsGate()
                echo "verdict=${gate.verdict} passed=${gate.passed}"
                """));

        j.assertLogContains("verdict=PASS passed=true", run);
        assertThat(run.getAction(GateAction.class).getVerdict()).isEqualTo("PASS");
        OwnershipAction owner = run.getAction(OwnershipAction.class);
        assertThat(owner.getTeam()).isEqualTo("payments");
        assertThat(owner.getAttributes()).containsEntry("tier", "1");
        assertThat(owner.getImageIds()).hasSize(1);
    }

    @Test
    void shouldFailWithReasonsWhenTokenIsBaked() throws Exception {
        String token = TestSecrets.githubFineGrainedToken();
        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job(Map.of("srv/app/.env", "T=" + token + "\n"),
                "imageSecretsGate()\necho 'not reached'\n"));

        GateAction gate = run.getAction(GateAction.class);
        assertThat(gate.getVerdict()).isEqualTo("FAIL");
        assertThat(gate.getReasons()).extracting(GateReasonRow::getLevel).contains("FAIL");
        j.assertLogContains("baked-secrets gate fail: [default]", run);
        j.assertLogNotContains("not reached", run);
        NoPlantedValues.in("console log", JenkinsRule.getLog(run), List.of(token));
        NoPlantedValues.inFilesUnder(run.getRootDir().toPath(), List.of(token));
    }

    @Test
    void shouldMarkBuildAndStepUnstableWhenBaselineSaysUnstable() throws Exception {
        BakedSecretsConfiguration.get().setBaselinePolicy("""
                failOn: {critical: unstable, high: unstable, medium: unstable}
                """);
        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job(Map.of("srv/app/.env",
                "T=" + TestSecrets.githubFineGrainedToken() + "\n"), """
                def gate = imageSecretsGate()
                echo "verdict=${gate.verdict}"
                """));

        j.assertLogContains("verdict=UNSTABLE", run);
        List<WarningAction> warnings = new DepthFirstScanner().allNodes(run.getExecution()).stream()
                .map(n -> n.getPersistentAction(WarningAction.class)).filter(a -> a != null).toList();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.getResult()).isEqualTo(Result.UNSTABLE);
            assertThat(w.getMessage()).startsWith("baked-secrets gate unstable: [default]");
        });
    }

    @Test
    void shouldKeepBaselineAndWarnWhenJobPolicyTriesToLoosenIt() throws Exception {
        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job(Map.of("srv/app/.env",
                "T=" + TestSecrets.githubFineGrainedToken() + "\n"), """
                imageSecretsGate policy: '''
                failOn: {critical: ignore, high: ignore}
                '''
                """));

        GateAction gate = run.getAction(GateAction.class);
        assertThat(gate.getVerdict()).isEqualTo("FAIL");
        assertThat(gate.getReasons()).filteredOn(r -> r.getLevel().equals("WARNING"))
                .extracting(GateReasonRow::getMessage)
                .anySatisfy(m -> assertThat(m).contains("job policy tried to lower failOn.").endsWith("baseline kept"));
    }

    @Test
    void shouldOnlyMarkFailedWhenStopOnFailureIsOff() throws Exception {
        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job(Map.of("srv/app/.env",
                "T=" + TestSecrets.githubFineGrainedToken() + "\n"), """
                def gate = imageSecretsGate stopOnFailure: false
                echo "continued with ${gate.verdict}"
                """));

        j.assertLogContains("continued with FAIL", run);
    }

    @Test
    void shouldFailClosedWhenNoScanRan() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("imageSecretsGate()", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        assertThat(run.getAction(GateAction.class).getReasons()).extracting(GateReasonRow::getClause)
                .contains("scan");
    }

    @Test
    void shouldServeDecisionInRemoteApiAndEvidence() throws Exception {
        WorkflowRun run = j.buildAndAssertSuccess(job(Map.of("srv/app/README", "clean\n"), "imageSecretsGate()\n"));

        JenkinsRule.WebClient wc = j.createWebClient();
        String api = wc.goTo(run.getUrl() + GateAction.URL_NAME + "/api/json", "application/json")
                .getWebResponse().getContentAsString();
        String evidence = wc.goTo(run.getUrl() + GateAction.URL_NAME + "/evidence", "application/json")
                .getWebResponse().getContentAsString();

        assertThat(api).contains("\"verdict\":\"PASS\"");
        assertThat(evidence).contains("https://slsa.dev/provenance/v1")
                .contains("https://baked-secrets.jenkins.io/scan-summary/v1");
    }

    private WorkflowJob job(Map<String, String> files, String after) throws Exception {
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(files));
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false
                }
                %s""".formatted(archive, after), true));
        return job;
    }

}
