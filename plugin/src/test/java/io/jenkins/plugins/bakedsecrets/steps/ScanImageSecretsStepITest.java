package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Label;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.PasswordParameterDefinition;
import hudson.model.PasswordParameterValue;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.result.ReportFiles;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.NoPlantedValues;
import io.jenkins.plugins.bakedsecrets.testutil.Reports;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ScanImageSecretsStepITest {
    private static final String AGENT_LABEL = "scan";

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        j.createOnlineSlave(Label.get(AGENT_LABEL));
    }

    @Test
    void shouldReturnCountsAndImageIdWhenScanningOnAgent() throws Exception {
        String known = "known" + TestSecrets.alphanumeric(27);
        addSecretText("known-text", known);
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/.env", "API_TOKEN=" + known + "\n")));
        WorkflowJob job = j.createProject(WorkflowJob.class, "scripted");
        job.setDefinition(new CpsFlowDefinition("""
                node('%s') {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  def result = scanImageSecrets image: 'docker-archive:app.tar', \
                knownSecretsCredentialsIds: ['known-text'], scanEnvironment: false
                  echo "findings=${result.findings} critical=${result.critical} image=${result.imageId}"
                }
                """.formatted(AGENT_LABEL, archive), true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        ImageSecretsAction action = run.getAction(ImageSecretsAction.class);
        assertThat(action).isNotNull();
        assertThat(Reports.paths(action.getReport(), Optional.of(Reports.KNOWN_SECRET))).contains("srv/app/.env");
        j.assertLogContains("findings=" + action.getTotal() + " critical=" + action.count(Severity.CRITICAL)
                + " image=" + action.getImageIds().get(0), run);
        NoPlantedValues.in("console log", JenkinsRule.getLog(run), List.of(known));
        NoPlantedValues.inFilesUnder(run.getRootDir().toPath(), List.of(known));
    }

    @Test
    void shouldScanLiteralEnvironmentButNotBoundOrPasswordValuesWhenScanningEnvironment() throws Exception {
        String literal = TestSecrets.githubFineGrainedToken();
        String bound = TestSecrets.githubFineGrainedToken();
        String password = TestSecrets.githubFineGrainedToken();
        addSecretText("bound-token", bound);
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/README", "nothing to see\n")));
        WorkflowJob job = j.createProject(WorkflowJob.class, "declarative");
        job.addProperty(new ParametersDefinitionProperty(
                new PasswordParameterDefinition("DEPLOY_PASSWORD", "", "deployment password")));
        job.setDefinition(new CpsFlowDefinition("""
                pipeline {
                  agent { label '%s' }
                  environment { LITERAL_TOKEN = '%s' }
                  stages {
                    stage('scan') {
                      steps {
                        writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                        withCredentials([string(credentialsId: 'bound-token', variable: 'BOUND_TOKEN')]) {
                          scanImageSecrets image: 'docker-archive:app.tar', name: 'env'
                        }
                      }
                    }
                  }
                }
                """.formatted(AGENT_LABEL, literal, archive), true));

        WorkflowRun run = j.assertBuildStatusSuccess(job.scheduleBuild2(0,
                new ParametersAction(new PasswordParameterValue("DEPLOY_PASSWORD", password))));

        ImageSecretsAction action = run.getAction(ImageSecretsAction.class);
        assertThat(action).as("scan action of the declarative build").isNotNull();
        ScanReport report = action.getReport();
        assertThat(Reports.environmentKeys(report)).contains("LITERAL_TOKEN")
                .doesNotContain("BOUND_TOKEN", "DEPLOY_PASSWORD");
        assertThat(action.getManagedVariables()).isGreaterThanOrEqualTo(2);
        List<String> secrets = List.of(literal, bound, password);
        NoPlantedValues.in("console log", JenkinsRule.getLog(run), secrets);
        NoPlantedValues.inFilesUnder(ReportFiles.file(run, action.getReportFile()).toPath().getParent(), secrets);
    }

    @Test
    void shouldKeepWaivedFindingsMarkedAndNotFailWhenWaiverFileCoversThem() throws Exception {
        String known = "known" + TestSecrets.alphanumeric(27);
        addSecretText("known-text", known);
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/.env", "API_TOKEN=" + known + "\n")));
        // Base64, so that the YAML's quotes and newlines pass through the Pipeline script untouched.
        String waivers = java.util.Base64.getEncoder().encodeToString("""
                schemaVersion: 1
                waivers:
                  - rule: known-secret
                    path: "**/.env"
                    justification: rotated test credential
                    owner: alice
                    expires: 2999-12-31
                  - rule: known-secret
                    path: "/old/**"
                    justification: expired on purpose
                    owner: bob
                    expires: 2000-01-01
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WorkflowJob job = j.createProject(WorkflowJob.class, "waived");
        job.setDefinition(new CpsFlowDefinition("""
                node('%s') {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  writeFile file: '.baked-secrets.yaml', text: '%s', encoding: 'Base64'
                  def result = scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false, \
                knownSecretsCredentialsIds: ['known-text'], failOn: 'low', waivers: '.baked-secrets.yaml'
                  echo "findings=${result.findings} suppressed=${result.suppressed}"
                }
                """.formatted(AGENT_LABEL, archive, waivers), true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        ImageSecretsAction action = run.getAction(ImageSecretsAction.class);
        assertThat(action.getTotal()).isPositive();
        assertThat(action.getSuppressed()).isPositive();
        j.assertLogContains("suppressed=" + action.getSuppressed(), run);
        j.assertLogContains("expired on 2000-01-01", run);
        String stored = java.nio.file.Files.readString(ReportFiles.file(run, action.getReportFile()).toPath());
        assertThat(stored).contains("\"suppression\"", "rotated test credential");
        NoPlantedValues.in("console log", JenkinsRule.getLog(run), List.of(known));
        NoPlantedValues.inFilesUnder(run.getRootDir().toPath(), List.of(known));
    }

    @Test
    void shouldFailStepWhenNoImageIsGiven() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "empty");
        job.setDefinition(new CpsFlowDefinition("node { scanImageSecrets name: 'x' }", true));

        WorkflowRun run = j.buildAndAssertStatus(hudson.model.Result.FAILURE, job);

        j.assertLogContains("Give an image reference", run);
        assertThat(run.getAction(ImageSecretsAction.class)).isNull();
    }

    @Test
    void shouldFailWithOneLineNamingTransportsWhenReferenceHasNone() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "no-transport");
        job.setDefinition(new CpsFlowDefinition("node('%s') { scanImageSecrets image: 'registry.example.com/app:1' }"
                .formatted(AGENT_LABEL), true));

        WorkflowRun run = j.buildAndAssertStatus(hudson.model.Result.FAILURE, job);

        j.assertLogContains("image reference 'registry.example.com/app:1' has no known transport", run);
        j.assertLogContains("docker-archive:, oci:, oci-archive:, docker://, docker-daemon:", run);
        j.assertLogNotContains("\tat ", run);
        j.assertLogNotContains("Exception", run);
    }

    @Test
    void shouldRecordReferenceAsWrittenNotAgentWorkspacePath() throws Exception {
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/.env", "T=" + TestSecrets.githubFineGrainedToken() + "\n")));
        WorkflowJob job = j.createProject(WorkflowJob.class, "as-written");
        job.setDefinition(new CpsFlowDefinition("""
                node('%s') {
                  writeFile file: 'build/app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:build/app.tar', scanEnvironment: false
                }
                """.formatted(AGENT_LABEL, archive), true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        ScanReport report = run.getAction(ImageSecretsAction.class).getReport();
        assertThat(report.targets()).extracting(t -> t.reference())
                .allSatisfy(r -> assertThat(r).startsWith("docker-archive:build/app.tar"));
        String stored = java.nio.file.Files.readString(ReportFiles.file(run,
                run.getAction(ImageSecretsAction.class).getReportFile()).toPath());
        assertThat(stored).doesNotContain("workspace");
    }

    @Test
    void shouldReportMalformedWaiverFileBeforeScanning() throws Exception {
        // The image does not exist: a step that read the waivers only after scanning would fail on the image first.
        WorkflowJob job = j.createProject(WorkflowJob.class, "bad-waivers");
        job.setDefinition(new CpsFlowDefinition("""
                node('%s') {
                  writeFile file: '.baked-secrets.yaml', text: 'waivers: [oops'
                  scanImageSecrets image: 'docker-archive:never-built.tar', scanEnvironment: false, \
                waivers: '.baked-secrets.yaml'
                }
                """.formatted(AGENT_LABEL), true));

        WorkflowRun run = j.buildAndAssertStatus(hudson.model.Result.FAILURE, job);

        j.assertLogContains("baked-secrets: .baked-secrets.yaml", run);
        j.assertLogNotContains("never-built.tar", run);
        assertThat(run.getAction(ImageSecretsAction.class)).isNull();
    }

    private static void addSecretText(String id, String value) throws Exception {
        SystemCredentialsProvider store = SystemCredentialsProvider.getInstance();
        store.getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL, id, id,
                Secret.fromString(value)));
        store.save();
    }
}
