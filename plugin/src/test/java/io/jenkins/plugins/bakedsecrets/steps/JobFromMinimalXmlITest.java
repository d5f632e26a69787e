package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.governance.GateAction;
import io.jenkins.plugins.bakedsecrets.governance.ImageSecretsGatePublisher;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Jobs created over REST, from a template, or saved before a field existed carry XML without the optional fields; the
 * steps must come back with their defaults, not with nulls.
 */
@WithJenkins
class JobFromMinimalXmlITest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldScanAndGateWithDefaultsWhenXmlNamesOnlyTheImage() throws Exception {
        FreeStyleProject project = fromXml("minimal", """
                <builders>
                  <io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder>
                    <image>docker-archive:app.tar</image>
                  </io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder>
                </builders>
                <publishers>
                  <io.jenkins.plugins.bakedsecrets.governance.ImageSecretsGatePublisher/>
                </publishers>""");
        ImageSecretsScanBuilder scan = project.getBuildersList().get(ImageSecretsScanBuilder.class);
        ImageSecretsGatePublisher gate = project.getPublishersList().get(ImageSecretsGatePublisher.class);
        j.jenkins.getWorkspaceFor(project).child("app.tar").copyFrom(new ByteArrayInputStream(
                DockerArchiveFixture.withFiles(Map.of("srv/.env", "T=" + TestSecrets.githubFineGrainedToken()))));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        assertThat(scan.getName()).isEqualTo(ScanOptions.DEFAULT_NAME);
        assertThat(scan.isScanEnvironment()).isTrue();
        assertThat(scan.getKnownSecrets()).isEmpty();
        assertThat(scan.getRegistryCredentialsId()).isEmpty();
        assertThat(scan.getWaivers()).isEmpty();
        assertThat(gate.isStopOnFailure()).isTrue();
        assertThat(gate.getPolicy()).isEmpty();
        assertThat(build.getAction(ImageSecretsAction.class).getTotal()).isPositive();
        assertThat(build.getAction(GateAction.class).getVerdict()).isEqualTo("FAIL");
        j.assertLogNotContains("NullPointerException", build);
    }

    @Test
    void shouldKeepFalseWhenXmlSaysFalse() throws Exception {
        FreeStyleProject project = fromXml("explicit", """
                <builders>
                  <io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder>
                    <image>docker-archive:app.tar</image>
                    <scanEnvironment>false</scanEnvironment>
                  </io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder>
                </builders>
                <publishers>
                  <io.jenkins.plugins.bakedsecrets.governance.ImageSecretsGatePublisher>
                    <stopOnFailure>false</stopOnFailure>
                  </io.jenkins.plugins.bakedsecrets.governance.ImageSecretsGatePublisher>
                </publishers>""");

        assertThat(project.getBuildersList().get(ImageSecretsScanBuilder.class).isScanEnvironment()).isFalse();
        assertThat(project.getPublishersList().get(ImageSecretsGatePublisher.class).isStopOnFailure()).isFalse();
    }

    @Test
    void shouldFailWithOneLineWhenXmlNamesNoImage() throws Exception {
        FreeStyleProject project = fromXml("empty", """
                <builders>
                  <io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder/>
                </builders>""");

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("ERROR: " + Messages.ScanOptions_NoImage(), build);
        j.assertLogNotContains("\tat ", build);
    }

    private FreeStyleProject fromXml(String name, String body) throws Exception {
        String xml = "<?xml version='1.1' encoding='UTF-8'?>\n<project>\n" + body + "\n</project>\n";
        return (FreeStyleProject) j.jenkins.createProjectFromXML(name,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
