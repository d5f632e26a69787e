package io.jenkins.plugins.bakedsecrets.testutil;

import hudson.model.Item;
import hudson.model.Result;
import io.jenkins.plugins.bakedsecrets.BakedSecretsPermissions;
import io.jenkins.plugins.bakedsecrets.approval.ApprovalsAction;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/** Users, permissions, Pipeline scripts and HTTP helpers for the governance tests. */
public final class Governance {
    /** Group whose members are submitters in the scripts below. */
    public static final String RELEASE_GROUP = "release-managers";

    private Governance() {
    }

    /**
     * Turns security on: everyone reads; alice, bob, dave and erin may approve; erin is in the release group; admin
     * administers; carol may only read.
     */
    public static void secure(JenkinsRule j) {
        JenkinsRule.DummySecurityRealm realm = j.createDummySecurityRealm();
        realm.addGroups("erin", RELEASE_GROUP);
        j.jenkins.setSecurityRealm(realm);
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().toEveryone()
                .grant(BakedSecretsPermissions.APPROVE).everywhere().to("alice", "bob", "dave", "erin")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    /** A Pipeline that scans an image holding a fresh token and then waits for approval. */
    public static String scanThenApprove(String submitter, boolean requireDistinctApprover) throws IOException {
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/.env", "GH_TOKEN=" + TestSecrets.githubFineGrainedToken() + "\n")));
        return """
                node {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false
                }
                def decision = approveImagePromotion message: 'Ship it?', submitter: '%s', \
                requireDistinctApprover: %s
                echo "decided by ${decision.approver}"
                """.formatted(archive, submitter, requireDistinctApprover);
    }

    /** The id of the build's only pending approval, once the step waits. */
    public static String pendingId(JenkinsRule j, WorkflowRun run) throws Exception {
        j.waitForMessage("baked-secrets: waiting for approval", run);
        return run.getAction(ApprovalsAction.class).getPendingIds().get(0);
    }

    /** POSTs a decision ({@code approve} or {@code reject}) as {@code user}, with a crumb; returns the status. */
    public static int decide(JenkinsRule j, WorkflowRun run, String id, String user, String verb,
                             Map<String, String> parameters) throws Exception {
        return post(j, run, id, user, verb, parameters).getStatusCode();
    }

    /** POSTs a decision as {@code decide} does; returns the text of the answer (the reason of a refusal). */
    public static String decisionPage(JenkinsRule j, WorkflowRun run, String id, String user, String verb,
                                      Map<String, String> parameters) throws Exception {
        return post(j, run, id, user, verb, parameters).getContentAsString();
    }

    /** Stops a build that still waits, so that no test leaves a running build behind. */
    public static void abort(JenkinsRule j, WorkflowRun run) throws Exception {
        run.doStop();
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(run));
    }

    /** Stops every Pipeline build still running (waiting for a decision) when a test ends. */
    public static void abortRunning(JenkinsRule j) throws Exception {
        for (WorkflowJob job : j.jenkins.getAllItems(WorkflowJob.class)) {
            for (WorkflowRun run : job.getBuilds()) {
                if (run.isBuilding()) {
                    abort(j, run);
                }
            }
        }
    }

    private static WebResponse post(JenkinsRule j, WorkflowRun run, String id, String user, String verb,
                                    Map<String, String> parameters) throws Exception {
        try (JenkinsRule.WebClient wc = j.createWebClient().login(user)) {
            wc.setThrowExceptionOnFailingStatusCode(false);
            WebRequest request = new WebRequest(new URL(j.getURL(), run.getUrl() + ApprovalsAction.URL_NAME + "/"
                    + id + "/" + verb), HttpMethod.POST);
            return wc.getPage(withCrumb(wc, request, parameters)).getWebResponse();
        }
    }

    /** Adds the crumb, then the parameters: {@code addCrumb} replaces whatever parameters the request had. */
    public static WebRequest withCrumb(JenkinsRule.WebClient wc, WebRequest request, Map<String, String> parameters) {
        wc.addCrumb(request);
        List<NameValuePair> pairs = new ArrayList<>(request.getRequestParameters());
        parameters.forEach((k, v) -> pairs.add(new NameValuePair(k, v)));
        request.setRequestParameters(pairs);
        return request;
    }
}
