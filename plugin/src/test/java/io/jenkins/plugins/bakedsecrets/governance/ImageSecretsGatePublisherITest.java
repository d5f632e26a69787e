package io.jenkins.plugins.bakedsecrets.governance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.promotion.ImageSecretsGateCondition;
import io.jenkins.plugins.bakedsecrets.steps.ImageSecretsScanBuilder;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import io.jenkins.plugins.bakedsecrets.testutil.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ImageSecretsGatePublisherITest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldPassAndMeetPromotionConditionWhenImageIsClean() throws Exception {
        FreeStyleProject project = project(Map.of("srv/app/README", "clean\n"), new ImageSecretsGatePublisher());

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        assertThat(build.getAction(GateAction.class).getVerdict()).isEqualTo("PASS");
        assertThat(new ImageSecretsGateCondition().isMet(null, build)).isNotNull();
        assertThat(j.jenkins.getDescriptorByType(ImageSecretsGateCondition.DescriptorImpl.class)).isNotNull();
    }

    @Test
    void shouldFailBuildAndNotMeetPromotionConditionWhenTokenIsBaked() throws Exception {
        FreeStyleProject project = project(Map.of("srv/app/.env", "T=" + TestSecrets.githubFineGrainedToken()),
                new ImageSecretsGatePublisher());

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        assertThat(build.getAction(GateAction.class).getVerdict()).isEqualTo("FAIL");
        j.assertLogContains("baked-secrets gate fail: [default]", build);
        assertThat(new ImageSecretsGateCondition().isMet(null, build)).isNull();
    }

    @Test
    void shouldMarkUnstableAndPromoteOnlyWhenAllowedWhenBaselineSaysUnstable() throws Exception {
        BakedSecretsConfiguration.get().setBaselinePolicy("failOn: {critical: unstable, high: unstable}\n");
        FreeStyleProject project = project(Map.of("srv/app/.env", "T=" + TestSecrets.githubFineGrainedToken()),
                new ImageSecretsGatePublisher());

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);

        ImageSecretsGateCondition condition = new ImageSecretsGateCondition();
        assertThat(condition.isMet(null, build)).isNull();
        condition.setAllowUnstable(true);
        assertThat(condition.isMet(null, build)).isNotNull();
    }

    @Test
    void shouldReadJobPolicyFromWorkspaceAndStillKeepBaseline() throws Exception {
        ImageSecretsGatePublisher gate = new ImageSecretsGatePublisher();
        gate.setPolicyFile("policy.yaml");
        FreeStyleProject project = project(Map.of("srv/app/.env", "T=" + TestSecrets.githubFineGrainedToken()),
                gate);
        // The policy file only has to exist before the gate, which runs after every builder.
        project.getBuildersList().add(new WorkspaceFile("policy.yaml",
                "failOn: {critical: ignore, high: ignore}\n".getBytes(StandardCharsets.UTF_8)));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        assertThat(build.getAction(GateAction.class).reasons(
                io.jenkins.plugins.bakedsecrets.core.policy.GateReason.Level.WARNING))
                .extracting(GateReasonRow::getMessage).anyMatch(m -> m.contains("baseline kept"));
    }

    @Test
    void shouldRoundTripConfiguration() throws Exception {
        ImageSecretsGatePublisher gate = new ImageSecretsGatePublisher();
        gate.setPolicy("scope: new\n");
        gate.setWaivers("waivers.yaml");
        gate.setStopOnFailure(false);
        FreeStyleProject project = j.createFreeStyleProject();
        project.getPublishersList().add(gate);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(gate, project.getPublishersList().get(ImageSecretsGatePublisher.class));
    }

    private FreeStyleProject project(Map<String, String> files, ImageSecretsGatePublisher gate) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new WorkspaceFile("app.tar", DockerArchiveFixture.withFiles(files)));
        ImageSecretsScanBuilder scan = new ImageSecretsScanBuilder("docker-archive:app.tar");
        scan.setScanEnvironment(false);
        project.getBuildersList().add(scan);
        project.getPublishersList().add(gate);
        return project;
    }
}
