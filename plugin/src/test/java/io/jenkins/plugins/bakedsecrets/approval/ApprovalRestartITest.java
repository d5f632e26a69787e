package io.jenkins.plugins.bakedsecrets.approval;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import io.jenkins.plugins.bakedsecrets.testutil.Governance;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

class ApprovalRestartITest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldAcceptApprovalAfterRestartWhileWaiting() throws Throwable {
        String[] id = new String[1];
        sessions.then(j -> {
            Governance.secure(j);
            WorkflowJob job = j.createProject(WorkflowJob.class, "promote");
            job.setDefinition(new CpsFlowDefinition(Governance.scanThenApprove("alice", true), true));
            WorkflowRun run = job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("release-bot")))
                    .waitForStart();
            id[0] = Governance.pendingId(j, run);
            String buildXml = Files.readString(new File(run.getRootDir(), "build.xml").toPath(),
                    StandardCharsets.UTF_8);
            assertThat(buildXml).contains(id[0]).doesNotContain(ApprovalExecution.class.getName());
        });
        sessions.then(j -> {
            WorkflowRun run = j.jenkins.getItemByFullName("promote", WorkflowJob.class).getBuildByNumber(1);
            assertThat(run.isBuilding()).isTrue();
            assertThat(run.getAction(ApprovalsAction.class).getPendingIds()).containsExactly(id[0]);

            int status = Governance.decide(j, run, id[0], "alice", "approve",
                    Map.of("justification", "checked after restart"));

            assertThat(status).isEqualTo(200);
            j.assertBuildStatusSuccess(j.waitForCompletion(run));
            assertThat(run.getAction(ApprovalsAction.class).getRecords()).extracting(ApprovalRecord::getApprover)
                    .containsExactly("alice");
        });
    }
}
