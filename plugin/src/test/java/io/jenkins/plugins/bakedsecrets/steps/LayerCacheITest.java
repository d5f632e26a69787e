package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Label;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.NoPlantedValues;
import io.jenkins.plugins.bakedsecrets.testutil.Reports;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LayerCacheITest {
    private static final String AGENT_LABEL = "cached";

    private JenkinsRule j;
    private DumbSlave agent;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        agent = j.createOnlineSlave(Label.get(AGENT_LABEL));
    }

    @Test
    void shouldReuseLayerResultsOfTheAgentOnARebuildWithTheSameFindings() throws Exception {
        String token = TestSecrets.githubFineGrainedToken();
        WorkflowJob job = job(token);

        WorkflowRun first = j.buildAndAssertSuccess(job);
        WorkflowRun second = j.buildAndAssertSuccess(job);

        j.assertLogContains("layer cache of this agent: 0 layer results reused", first);
        j.assertLogContains("layer cache of this agent: 1 layer results reused", second);
        List<String> firstPaths = Reports.paths(first.getAction(ImageSecretsAction.class).getReport(),
                Optional.empty());
        assertThat(firstPaths).contains("srv/.env");
        assertThat(Reports.paths(second.getAction(ImageSecretsAction.class).getReport(), Optional.empty()))
                .isEqualTo(firstPaths);
        assertThat(second.getAction(ImageSecretsAction.class).getTotal())
                .isEqualTo(first.getAction(ImageSecretsAction.class).getTotal());
        // On the agent, beside its other caches, and holding no secret text.
        FilePath cache = agent.getRootPath().child("caches").child("baked-secrets");
        assertThat(cache.list()).isNotEmpty();
        NoPlantedValues.inFilesUnder(Path.of(cache.getRemote()), List.of(token));
        NoPlantedValues.in("console log", JenkinsRule.getLog(second), List.of(token));
    }

    @Test
    void shouldReadEveryLayerWhenTheAdministratorTurnsTheCacheOff() throws Exception {
        BakedSecretsConfiguration.get().setLayerCache(false);
        WorkflowJob job = job(TestSecrets.githubFineGrainedToken());

        WorkflowRun run = j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);

        j.assertLogNotContains("layer cache", run);
        assertThat(agent.getRootPath().child("caches").child("baked-secrets").exists()).isFalse();
    }

    private WorkflowJob job(String token) throws Exception {
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/.env", "T=" + token + "\n")));
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                node('%s') {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false
                }
                """.formatted(AGENT_LABEL, archive), true));
        return job;
    }
}
