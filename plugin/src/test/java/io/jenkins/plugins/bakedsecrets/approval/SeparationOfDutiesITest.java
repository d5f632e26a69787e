package io.jenkins.plugins.bakedsecrets.approval;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.BuildTrigger;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.bakedsecrets.governance.GateAction;
import io.jenkins.plugins.bakedsecrets.governance.GateReasonRow;
import io.jenkins.plugins.bakedsecrets.testutil.Governance;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Separation of duties follows a build's causes to every user behind it: a submitter who starts the pipeline through
 * a job of their own (the "Build other projects" trigger, the Pipeline {@code build} step) may not approve it.
 */
@WithJenkins
class SeparationOfDutiesITest {
    private static final Map<String, String> JUSTIFIED = Map.of("justification", "reviewed the findings");

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
    void shouldRefuseStarterOfUpstreamFreestyleJobAndAcceptAnotherApprover() throws Exception {
        WorkflowJob promote = promotePipeline(true);
        FreeStyleProject trigger = j.createFreeStyleProject("bobs-trigger");
        trigger.getPublishersList().add(new BuildTrigger(promote.getFullName(), Result.SUCCESS));
        j.jenkins.rebuildDependencyGraph();

        j.assertBuildStatusSuccess(trigger.scheduleBuild2(0, new Cause.UserIdCause("bob")));
        WorkflowRun run = waitForFirstBuild(promote);
        assertThat(run.getCause(Cause.UpstreamCause.class)).isNotNull();
        assertThat(run.getCause(Cause.UserIdCause.class)).isNull();
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "bob", "approve", JUSTIFIED)).isEqualTo(403);
        assertThat(run.getAction(ApprovalsAction.class).getPendingIds()).containsExactly(id);
        assertThat(Governance.decide(j, run, id, "alice", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
    }

    @Test
    void shouldRefuseStarterOfUpstreamPipelineBuildStep() throws Exception {
        WorkflowJob promote = promotePipeline(true);
        WorkflowJob upstream = j.createProject(WorkflowJob.class, "bobs-pipeline");
        upstream.setDefinition(new CpsFlowDefinition("build job: '" + promote.getFullName() + "', wait: false\n",
                true));

        j.assertBuildStatusSuccess(upstream.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("bob"))));
        WorkflowRun run = waitForFirstBuild(promote);
        String id = Governance.pendingId(j, run);

        assertThat(Governance.decide(j, run, id, "bob", "approve", JUSTIFIED)).isEqualTo(403);
        assertThat(Governance.decide(j, run, id, "alice", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(run));
    }

    @Test
    void shouldNotCountUpstreamStartersApprovalAtTheGate() throws Exception {
        WorkflowJob promote = j.createProject(WorkflowJob.class, "promote-and-gate");
        promote.setDefinition(new CpsFlowDefinition(Governance.scanThenApprove("alice,bob", false)
                + "imageSecretsGate stopOnFailure: false\n", true));
        FreeStyleProject trigger = j.createFreeStyleProject("bobs-trigger");
        trigger.getPublishersList().add(new BuildTrigger(promote.getFullName(), Result.SUCCESS));
        j.jenkins.rebuildDependencyGraph();

        j.assertBuildStatusSuccess(trigger.scheduleBuild2(0, new Cause.UserIdCause("bob")));
        WorkflowRun run = waitForFirstBuild(promote);
        assertThat(Governance.decide(j, run, Governance.pendingId(j, run), "bob", "approve", JUSTIFIED))
                .isEqualTo(200);
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));

        assertThat(run.getAction(GateAction.class).getVerdict()).isEqualTo("FAIL");
        assertThat(run.getAction(GateAction.class).getReasons()).extracting(GateReasonRow::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("approval by bob of ")
                        .endsWith("does not count: the approver started this build (separation of duties)"));
    }

    @Test
    void shouldRefuseEveryoneWhenStartNamesNoUserAndAcceptWhenTimerStartedIt() throws Exception {
        WorkflowJob promote = promotePipeline(true);
        WorkflowRun remote = promote.scheduleBuild2(0, new CauseAction(new Cause.RemoteCause("127.0.0.1",
                "nightly"))).waitForStart();
        String remoteId = Governance.pendingId(j, remote);

        assertThat(Governance.decide(j, remote, remoteId, "alice", "approve", JUSTIFIED)).isEqualTo(403);
        assertThat(Governance.decisionPage(j, remote, remoteId, "alice", "approve", JUSTIFIED))
                .contains("separation of duties cannot be checked").contains("names no Jenkins user");

        WorkflowRun timer = promote.scheduleBuild2(0, new CauseAction(new TimerTrigger.TimerTriggerCause()))
                .waitForStart();
        j.waitForMessage("baked-secrets: waiting for approval", timer);
        String timerId = timer.getAction(ApprovalsAction.class).getPendingIds().get(0);
        assertThat(Governance.decide(j, timer, timerId, "alice", "approve", JUSTIFIED)).isEqualTo(200);
        j.assertBuildStatusSuccess(j.waitForCompletion(timer));
    }

    private WorkflowJob promotePipeline(boolean distinct) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "promote");
        job.setDefinition(new CpsFlowDefinition(Governance.scanThenApprove("alice,bob", distinct), true));
        return job;
    }

    /** The downstream build, once the trigger has queued and started it (polled, with a deadline). */
    private static WorkflowRun waitForFirstBuild(WorkflowJob job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (job.getBuildByNumber(1) == null) {
            assertThat(System.nanoTime()).as("build #1 of %s started", job.getFullName()).isLessThan(deadline);
            Thread.sleep(50);
        }
        return job.getBuildByNumber(1);
    }
}
