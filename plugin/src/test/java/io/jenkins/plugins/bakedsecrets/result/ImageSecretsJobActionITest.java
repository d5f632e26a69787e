package io.jenkins.plugins.bakedsecrets.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The job trend: the chart on the job page links each build to its panel; the data endpoint gives the numbers. */
@WithJenkins
class ImageSecretsJobActionITest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldServeTrendDataAndDrawLinkedBarsOnJobPage() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "app");
        job.setDefinition(script(Map.of("srv/README", "clean\n")));
        WorkflowRun clean = j.buildAndAssertSuccess(job);
        job.setDefinition(script(Map.of("srv/.env", "T=" + TestSecrets.githubFineGrainedToken() + "\n")));
        WorkflowRun dirty = j.buildAndAssertSuccess(job);
        int critical = dirty.getAction(ImageSecretsAction.class).count(
                io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL);

        JenkinsRule.WebClient wc = j.createWebClient();
        // Core's own build-history script fails in HtmlUnit; the chart needs no script at all.
        wc.getOptions().setJavaScriptEnabled(false);
        JsonNode data = new ObjectMapper().readTree(wc.goTo(job.getUrl() + "baked-secrets/trendData",
                "application/json").getWebResponse().getContentAsString());
        HtmlPage jobPage = wc.goTo(job.getUrl());

        assertThat(data.path("builds")).hasSize(2);
        assertThat(data.path("builds").get(0).path("number").asInt()).isEqualTo(clean.getNumber());
        assertThat(data.path("builds").get(0).path("total").asInt()).isZero();
        assertThat(data.path("builds").get(1).path("bySeverity").path("critical").asInt()).isEqualTo(critical)
                .isPositive();
        assertThat(data.path("builds").get(1).path("waived").asInt()).isZero();
        assertThat(jobPage.querySelectorAll("svg.bs-trend-chart a")).hasSize(2);
        assertThat(jobPage.querySelectorAll("svg.bs-trend-chart a").stream()
                .map(n -> ((DomElement) n).getAttribute("href")).toList())
                .anySatisfy(h -> assertThat(h).endsWith(dirty.getUrl() + "baked-secrets-default/"));
        assertThat(jobPage.querySelectorAll("svg.bs-trend-chart rect.bs-trend-critical")).hasSize(1);
    }

    private static CpsFlowDefinition script(Map<String, String> files) throws Exception {
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(files));
        return new CpsFlowDefinition("""
                node {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false
                }
                """.formatted(archive), true);
    }
}
