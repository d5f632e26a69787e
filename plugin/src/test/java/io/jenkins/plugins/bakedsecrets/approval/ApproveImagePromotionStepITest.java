package io.jenkins.plugins.bakedsecrets.approval;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Result;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.testutil.Governance;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ApproveImagePromotionStepITest {
    private static final Map<String, String> JUSTIFIED = Map.of("justification", "token is a revoked test value");

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
        Governance.secure(j);
    }

    @AfterEach
    void abortWaitingBuilds() throws Exception {
        Governance.abortRunning(j);
    }

    @Test
    void shouldRecordAuthenticatedUserWhenPostNamesAnotherUser() throws Exception {
        WorkflowRun run = start("alice,bob", true);
        String id = Governance.pendingId(j, run);
        String page = j.createWebClient().login("bob").goTo(run.getUrl() + ApprovalsAction.URL_NAME + "/" + id + "/")
                .getWebResponse().getContentAsString();

        int status = Governance.decide(j, run, id, "bob", "approve",
                Map.of("justification", "reviewed", "user", "alice", "approver", "alice"));

        assertThat(status).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
        ApprovalRecord record = run.getAction(ApprovalsAction.class).getRecords().get(0);
        assertThat(record.getApprover()).isEqualTo("bob");
        assertThat(record.getDecision()).isEqualTo("APPROVE");
        assertThat(record.getJustification()).isEqualTo("reviewed");
        ImageSecretsAction scan = run.getAction(ImageSecretsAction.class);
        assertThat(record.getImageId()).isEqualTo(scan.getImageIds().get(0));
        List<String> shown = scan.getReport().findings().stream().map(f -> f.findingId()).distinct().toList();
        assertThat(record.getFindingIds()).isNotEmpty().containsExactlyInAnyOrderElementsOf(shown);
        assertThat(page).contains("Ship it?").contains(shown);
        j.assertLogContains("decided by bob", run);
    }

    @Test
    void shouldAllowMemberOfSubmitterGroup() throws Exception {
        WorkflowRun run = start("alice," + Governance.RELEASE_GROUP, true);

        int status = Governance.decide(j, run, Governance.pendingId(j, run), "erin", "approve", JUSTIFIED);

        assertThat(status).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
        assertThat(run.getAction(ApprovalsAction.class).getRecords().get(0).getApprover()).isEqualTo("erin");
    }

    @Test
    void shouldRefuseUserWithoutApprovePermission() throws Exception {
        WorkflowRun run = start("", true);
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "carol", "approve", JUSTIFIED)).isEqualTo(403);

        assertStillWaiting(run, id);
    }

    @Test
    void shouldRefuseUserOutsideSubmitters() throws Exception {
        WorkflowRun run = start("alice,bob", true);
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "dave", "approve", JUSTIFIED)).isEqualTo(403);

        assertStillWaiting(run, id);
    }

    @Test
    void shouldRefuseBuildStarterWhenDistinctApproverIsRequired() throws Exception {
        WorkflowJob job = job("alice,bob", true);
        WorkflowRun run = job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("alice")))
                .waitForStart();
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "alice", "approve", JUSTIFIED)).isEqualTo(403);
        assertStillWaiting(run, id);
        assertThat(Governance.decide(j, run, id, "bob", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
    }

    @Test
    void shouldRefuseAdministratorOutsideSubmittersUnlessBypassIsOn() throws Exception {
        WorkflowRun run = start("alice", true);
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "admin", "approve", JUSTIFIED)).isEqualTo(403);
        assertStillWaiting(run, id);

        BakedSecretsConfiguration.get().setAdminBypass(true);
        assertThat(Governance.decide(j, run, id, "admin", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
    }

    @Test
    void shouldFailBuildWithJustificationWhenRejected() throws Exception {
        WorkflowRun run = start("alice", true);

        int status = Governance.decide(j, run, Governance.pendingId(j, run), "alice", "reject",
                Map.of("justification", "token still live"));

        assertThat(status).isEqualTo(200);
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
        j.assertLogContains("was rejected by alice: token still live", run);
        assertThat(run.getAction(ApprovalsAction.class).getRecords().get(0).getDecision()).isEqualTo("REJECT");
    }

    @Test
    void shouldAnswerConflictWhenApprovalIsDecidedTwice() throws Exception {
        WorkflowRun run = start("alice,bob", true);
        String id = Governance.pendingId(j, run);
        assertThat(Governance.decide(j, run, id, "alice", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));

        assertThat(Governance.decide(j, run, id, "bob", "reject", JUSTIFIED)).isEqualTo(409);
        assertThat(Governance.decisionPage(j, run, id, "bob", "approve", JUSTIFIED))
                .contains("already been decided: approve by alice");
        assertThat(Governance.decide(j, run, "no-such-step", "bob", "approve", JUSTIFIED)).isEqualTo(404);
        assertThat(run.getAction(ApprovalsAction.class).getRecords()).extracting(ApprovalRecord::getApprover)
                .containsExactly("alice");
    }

    @Test
    void shouldRefuseDecisionWithoutJustification() throws Exception {
        WorkflowRun run = start("alice", true);
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "alice", "approve", Map.of("justification", "  "))).isEqualTo(400);

        assertStillWaiting(run, id);
    }

    @Test
    void shouldAnswerGetWith405AndPostWithoutCrumbWith403() throws Exception {
        WorkflowRun run = start("alice", true);
        String id = Governance.pendingId(j, run);
        JenkinsRule.WebClient wc = j.createWebClient().login("alice");
        wc.setThrowExceptionOnFailingStatusCode(false);
        URL approve = new URL(j.getURL(), run.getUrl() + ApprovalsAction.URL_NAME + "/" + id + "/approve");

        int get = wc.getPage(new WebRequest(approve, HttpMethod.GET)).getWebResponse().getStatusCode();
        WebRequest post = new WebRequest(approve, HttpMethod.POST);
        post.setRequestBody("justification=no+crumb");
        int noCrumb = wc.getPage(post).getWebResponse().getStatusCode();

        assertThat(get).isEqualTo(405);
        assertThat(noCrumb).isEqualTo(403);
        assertStillWaiting(run, id);
    }

    @Test
    void shouldRefuseApprovalWhileSecurityIsOff() throws Exception {
        j.jenkins.setSecurityRealm(hudson.security.SecurityRealm.NO_AUTHENTICATION);
        j.jenkins.setAuthorizationStrategy(hudson.security.AuthorizationStrategy.UNSECURED);
        WorkflowRun run = start("", true);
        String id = Governance.pendingId(j, run);
        JenkinsRule.WebClient wc = j.createWebClient();
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest post = new WebRequest(new URL(j.getURL(), run.getUrl() + ApprovalsAction.URL_NAME + "/" + id
                + "/approve"), HttpMethod.POST);
        Governance.withCrumb(wc, post, Map.of("justification", "x"));

        assertThat(wc.getPage(post).getWebResponse().getStatusCode()).isEqualTo(403);
        assertStillWaiting(run, id);
    }

    /** Starts the job as a user who takes no part in the decisions (a build without a cause names nobody). */
    private WorkflowRun start(String submitter, boolean distinct) throws Exception {
        return job(submitter, distinct).scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("release-bot")))
                .waitForStart();
    }

    private WorkflowJob job(String submitter, boolean distinct) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(Governance.scanThenApprove(submitter, distinct), true));
        return job;
    }

    private static void assertStillWaiting(WorkflowRun run, String id) {
        assertThat(run.isBuilding()).isTrue();
        ApprovalsAction action = run.getAction(ApprovalsAction.class);
        assertThat(action.getPendingIds()).containsExactly(id);
        assertThat(action.getRecords()).isEmpty();
    }
}
