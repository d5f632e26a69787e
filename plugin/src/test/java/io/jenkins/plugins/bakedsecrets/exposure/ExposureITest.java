package io.jenkins.plugins.bakedsecrets.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.bakedsecrets.BakedSecretsPermissions;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.Governance;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.net.URL;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ExposureITest {
    private JenkinsRule j;
    private String script;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        String archive = DockerArchiveFixture.base64(DockerArchiveFixture.withFiles(Map.of(
                "srv/app/.env", "GH_TOKEN=" + TestSecrets.githubFineGrainedToken() + "\n")));
        script = """
                node {
                  writeFile file: 'app.tar', text: '%s', encoding: 'Base64'
                  scanImageSecrets image: 'docker-archive:app.tar', scanEnvironment: false
                }
                """.formatted(archive);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
    }

    @Test
    void shouldListBuildsCarryingSameSecretOnlyToReadersAndPurgeDeletedBuilds() throws Exception {
        WorkflowRun open = build("open");
        WorkflowRun hidden = build("hidden");
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("viewer", "admin")
                .grant(Item.READ).onItems(open.getParent()).to("viewer")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));

        assertThat(jobsSeenBy("admin")).containsExactlyInAnyOrder("open", "hidden");
        assertThat(jobsSeenBy("viewer")).containsExactly("open");
        try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
            assertThat(new BuildExposureAction(open).getEntries()).isNotEmpty().allSatisfy(e ->
                    assertThat(e.sightings()).extracting(SightingRow::job).containsOnly("hidden"));
        }

        hidden.delete();
        assertThat(jobsSeenBy("admin")).containsExactly("open");
    }

    @Test
    void shouldFollowRenamedJobAndNeverLetNewJobOfOldNameInheritIt() throws Exception {
        WorkflowRun first = build("app");
        WorkflowJob job = first.getParent();

        job.renameTo("payments");
        assertThat(storedJobs()).containsExactly("payments");
        assertThat(jobsSeenBy("SYSTEM")).containsExactly("payments");

        WorkflowJob newcomer = j.createProject(WorkflowJob.class, "app");
        assertThat(storedJobs()).containsExactly("payments");
        assertThat(newcomer.getBuilds()).isEmpty();

        job.delete();
        assertThat(storedJobs()).isEmpty();
    }

    @Test
    void shouldDropLeftoverRowsWhenJobOfThatNameIsCreated() throws Exception {
        // Rows left by a job removed while the controller was down (no listener saw it).
        ExposureRecorder.store().record("app", 9, List.of(new SightingRow("hmac-sha256:" + "ab".repeat(32), "app",
                9, "", "docker-archive:old.tar", "finding", "rule", false, 1L)));
        ExposureRecorder.store().record("folder/app", 3, List.of(new SightingRow("hmac-sha256:" + "cd".repeat(32),
                "folder/app", 3, "", "docker-archive:old.tar", "finding", "rule", false, 1L)));

        j.createProject(WorkflowJob.class, "app");

        assertThat(storedJobs()).containsExactly("folder/app");
    }

    @Test
    void shouldPageFilterAndLinkBuildsOnExposurePage() throws Exception {
        WorkflowRun real = build("app");
        ExposureStore store = ExposureRecorder.store();
        for (int i = 0; i < 30; i++) {
            store.record("app", 100 + i, List.of(new SightingRow("hmac-sha256:%02x".formatted(i) + "ee".repeat(31),
                    "app", 100 + i, "", "docker-archive:old.tar", "finding-" + i, i % 2 == 0 ? "rule-even"
                    : "rule-odd", false, 1_000L)));
        }
        String marked = store.all().stream().filter(r -> r.build() == 100).findFirst().orElseThrow().fingerprint();
        store.markRotated(new RotationRow(marked, "rotator", 1_700_000_000_000L, "INC-42"));
        JenkinsRule.WebClient wc = j.createWebClient();
        wc.getOptions().setJavaScriptEnabled(false);

        org.htmlunit.html.HtmlPage first = wc.goTo(ExposureLink.URL_NAME + "/");
        org.htmlunit.html.HtmlPage second = wc.goTo(ExposureLink.URL_NAME + "/?page=2");
        org.htmlunit.html.HtmlPage even = wc.goTo(ExposureLink.URL_NAME + "/?rule=rule-even");
        org.htmlunit.html.HtmlPage rotated = wc.goTo(ExposureLink.URL_NAME + "/?state=rotated");

        int secrets = store.all().stream().map(SightingRow::fingerprint).collect(
                java.util.stream.Collectors.toSet()).size();
        assertThat(first.querySelectorAll("table.bs-exposure > tbody > tr")).hasSize(ExposurePage.PAGE_SIZE);
        assertThat(second.querySelectorAll("table.bs-exposure > tbody > tr"))
                .hasSize(secrets - ExposurePage.PAGE_SIZE);
        assertThat(first.asNormalizedText()).contains("Page 1 of 2");
        assertThat(even.querySelectorAll("table.bs-exposure > tbody > tr")).hasSize(15);
        assertThat(rotated.asNormalizedText()).contains("Rotated by rotator at 2023-11-14T22:13:20Z")
                .contains("INC-42");
        assertThat(rotated.querySelectorAll("table.bs-exposure > tbody > tr")).hasSize(1);
        assertThat(wc.goTo(ExposureLink.URL_NAME + "/?rule=" + real.getAction(
                io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction.class).getReport().findings().get(0)
                .ruleId()).getAnchors()).extracting(a -> a.getHrefAttribute())
                .anySatisfy(h -> assertThat(h).endsWith("/" + real.getUrl()))
                .anySatisfy(h -> assertThat(h).endsWith("/" + real.getParent().getUrl()));
    }

    @Test
    void shouldRecordRotationOnlyForPermittedUserAndNameThemFromSession() throws Exception {
        build("app");
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("viewer", "rotator")
                .grant(BakedSecretsPermissions.ROTATE).everywhere().to("rotator"));
        String fingerprint = ExposureRecorder.store().all().get(0).fingerprint();

        assertThat(markRotated("viewer", fingerprint)).isEqualTo(403);
        assertThat(ExposureRecorder.store().rotations()).isEmpty();
        assertThat(markRotated("rotator", fingerprint)).isEqualTo(200);

        assertThat(ExposureRecorder.store().rotations()).singleElement().satisfies(r -> {
            assertThat(r.rotatedBy()).isEqualTo("rotator");
            assertThat(r.note()).isEqualTo("INC-7");
        });
    }

    private WorkflowRun build(String name) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertSuccess(job);
    }

    private static List<String> storedJobs() throws Exception {
        return ExposureRecorder.store().all().stream().map(SightingRow::job).distinct().toList();
    }

    private List<String> jobsSeenBy(String user) throws Exception {
        try (ACLContext ignored = ACL.as2("SYSTEM".equals(user) ? ACL.SYSTEM2
                : User.getById(user, true).impersonate2())) {
            return new ExposureLink().getEntries().stream().flatMap(e -> e.sightings().stream())
                    .map(SightingRow::job).distinct().toList();
        }
    }

    private int markRotated(String user, String fingerprint) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), ExposureLink.URL_NAME + "/markRotated"),
                HttpMethod.POST);
        Governance.withCrumb(wc, request, Map.of("fingerprint", fingerprint, "note", "INC-7"));
        return wc.getPage(request).getWebResponse().getStatusCode();
    }
}
