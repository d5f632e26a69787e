package io.jenkins.plugins.bakedsecrets.approval;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import io.jenkins.plugins.bakedsecrets.testutil.Governance;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What reviewers see while an approval waits: the build page box, the console link, the decision page. */
@WithJenkins
class ApprovalPagesITest {
    private JenkinsRule j;
    private WorkflowRun run;
    private String id;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        Governance.secure(j);
        WorkflowJob job = j.createProject(WorkflowJob.class, "promote");
        job.setDefinition(new CpsFlowDefinition(Governance.scanThenApprove("alice", true), true));
        run = job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("release-bot"))).waitForStart();
        id = Governance.pendingId(j, run);
    }

    @AfterEach
    void abortWaitingBuilds() throws Exception {
        Governance.abortRunning(j);
    }

    @Test
    void shouldShowOneJustificationAndBothButtonsToUserWhoMayDecide() throws Exception {
        HtmlPage page = page("alice", decisionUrl());

        assertThat(page.getElementsByName("justification")).hasSize(1);
        List<String> actions = page.querySelectorAll("button[formaction]").stream()
                .map(n -> ((DomElement) n).getAttribute("formaction")).toList();
        assertThat(actions).containsExactly("approve", "reject");
        assertThat(page.asNormalizedText()).contains("Findings you are deciding on").contains("alice");
    }

    @Test
    void shouldShowFindingsAndWhoMayDecideButNoFormToOthers() throws Exception {
        HtmlPage page = page("carol", decisionUrl());

        assertThat(page.getElementsByName("justification")).isEmpty();
        assertThat(page.querySelectorAll("button[formaction]")).isEmpty();
        assertThat(page.asNormalizedText()).contains("You cannot decide this approval")
                .contains("carol lacks the Baked Secrets/Approve permission")
                .contains("Who may decide").contains("alice")
                .contains("github-fine-grained-token");
    }

    @Test
    void shouldShowPendingBoxWithLinkOnBuildPage() throws Exception {
        HtmlPage forAlice = page("alice", run.getUrl());
        HtmlPage forCarol = page("carol", run.getUrl());

        assertThat(forAlice.asNormalizedText()).contains("Waiting for an image promotion approval")
                .contains("Ship it?").contains("Review and decide");
        assertThat(forAlice.getAnchors()).extracting(HtmlAnchor::getHrefAttribute)
                .anySatisfy(h -> assertThat(h).endsWith(decisionUrl()));
        assertThat(forCarol.asNormalizedText()).contains("Review the findings").doesNotContain("Review and decide");
    }

    @Test
    void shouldLinkConsoleLineToDecisionPage() throws Exception {
        // The console page of a running build loads its text by script; render the annotated log as it does.
        java.io.StringWriter html = new java.io.StringWriter();
        run.getLogText().writeHtmlTo(0, html);

        assertThat(html.toString()).contains("baked-secrets: decide at <a href=")
                .containsPattern("<a href=['\"][^'\"]*" + java.util.regex.Pattern.quote(decisionUrl()) + "['\"]");
    }

    private String decisionUrl() {
        return run.getUrl() + ApprovalsAction.URL_NAME + "/" + id + "/";
    }

    private HtmlPage page(String user, String url) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login(user);
        wc.getOptions().setJavaScriptEnabled(false);
        return wc.goTo(url);
    }
}
