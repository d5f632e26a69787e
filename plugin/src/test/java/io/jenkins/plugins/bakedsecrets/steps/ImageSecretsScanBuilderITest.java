package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.credentials.KnownSecretCredential;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.testutil.DockerArchiveFixture;
import io.jenkins.plugins.bakedsecrets.testutil.NoPlantedValues;
import io.jenkins.plugins.bakedsecrets.testutil.Reports;
import io.jenkins.plugins.bakedsecrets.testutil.TestSecrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class ImageSecretsScanBuilderITest {
    private static final String IMAGE = "docker-archive:app.tar";

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldFindKnownSecretOfEveryCredentialTypeWhenScanningOnAgent() throws Exception {
        Planted planted = plantAll();
        FreeStyleProject project = projectOnAgent(planted.archive());
        ImageSecretsScanBuilder builder = new ImageSecretsScanBuilder(IMAGE);
        builder.setKnownSecrets(List.of(new KnownSecretCredential("text"), new KnownSecretCredential("login"),
                new KnownSecretCredential("file"), new KnownSecretCredential("ssh")));
        project.getBuildersList().add(builder);

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        ImageSecretsAction action = build.getAction(ImageSecretsAction.class);
        assertThat(action).isNotNull();
        ScanReport report = action.getReport();
        assertThat(Reports.paths(report, Optional.of(Reports.KNOWN_SECRET)))
                .contains("etc/app/token.txt", "etc/app/db.properties", "etc/app/license.key");
        assertThat(Reports.paths(report, Optional.empty())).contains("root/.ssh/id_ecdsa");
        assertThat(report.keyId()).isEqualTo(BakedSecretsConfiguration.get().controllerKey().keyId());
        assertThat(action.getImageIds()).singleElement().asString().startsWith("sha256:");
        assertThat(action.count(Severity.CRITICAL)).isGreaterThanOrEqualTo(3);
        assertNothingLeaks(build, planted.values());
    }

    @Test
    void shouldFailBuildAndKeepResultWhenFindingReachesFailOn() throws Exception {
        Planted planted = plantAll();
        FreeStyleProject project = projectOnAgent(planted.archive());
        ImageSecretsScanBuilder builder = new ImageSecretsScanBuilder(IMAGE);
        builder.setKnownSecrets(List.of(new KnownSecretCredential("text")));
        builder.setFailOn("critical");
        builder.setScanEnvironment(false);
        project.getBuildersList().add(builder);

        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        assertThat(build.getAction(ImageSecretsAction.class)).isNotNull();
        j.assertLogContains("at or above severity critical", build);
        NoPlantedValues.in("console log", JenkinsRule.getLog(build), planted.values());
    }

    @Test
    void shouldAnswerNotFoundWhenUserCannotReadJob() throws Exception {
        Planted planted = plantAll();
        FreeStyleProject project = projectOnAgent(planted.archive());
        project.getBuildersList().add(new ImageSecretsScanBuilder(IMAGE));
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ).everywhere().to("outsider"));
        String findings = build.getUrl() + "baked-secrets-default/findings";

        JenkinsRule.WebClient outsider = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        outsider.login("outsider");
        JenkinsRule.WebClient reader = j.createWebClient();
        reader.login("reader");

        assertThat(outsider.goTo(findings, null).getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(reader.goTo(findings, "application/json").getWebResponse().getStatusCode()).isEqualTo(200);
    }

    @Test
    void shouldKeepEveryOptionWhenConfigurationIsSavedInTheForm() throws Exception {
        ImageSecretsScanBuilder before = new ImageSecretsScanBuilder(IMAGE);
        before.setName("nightly");
        before.setFailOn("high");
        before.setScanEnvironment(false);
        before.setRegistryCredentialsId("registry");
        before.setKnownSecrets(List.of(new KnownSecretCredential("text")));

        ImageSecretsScanBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    private FreeStyleProject projectOnAgent(byte[] archive) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FreeStyleProject project = j.createFreeStyleProject();
        project.setAssignedNode(agent);
        project.getBuildersList().add(new WriteArchive(archive));
        return project;
    }

    private void assertNothingLeaks(FreeStyleBuild build, List<String> values) throws Exception {
        NoPlantedValues.in("console log", JenkinsRule.getLog(build), values);
        NoPlantedValues.inFilesUnder(build.getRootDir().toPath(), values);
        JenkinsRule.WebClient wc = j.createWebClient();
        wc.getOptions().setJavaScriptEnabled(false);
        String base = build.getUrl() + "baked-secrets-default/";
        NoPlantedValues.in("REST summary", content(wc.goTo(base + "api/json", "application/json")), values);
        NoPlantedValues.in("findings JSON", content(wc.goTo(base + "findings", "application/json")), values);
        NoPlantedValues.in("findings page", content(wc.goTo(base)), values);
        NoPlantedValues.in("build page", content(wc.goTo(build.getUrl())), values);
    }

    private static String content(Page page) {
        return page.getWebResponse().getContentAsString();
    }

    /** Stores one credential of each supported type and builds an image holding every value. */
    private static Planted plantAll() throws Exception {
        String text = "txt" + TestSecrets.alphanumeric(29);
        String password = "pw" + TestSecrets.alphanumeric(30);
        String fileContent = "lic" + TestSecrets.alphanumeric(29);
        String key = TestSecrets.privateKeyPem();
        SystemCredentialsProvider store = SystemCredentialsProvider.getInstance();
        store.getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", "known text",
                Secret.fromString(text)));
        store.getCredentials().add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "login", "login",
                "deployer", password));
        store.getCredentials().add(new FileCredentialsImpl(CredentialsScope.GLOBAL, "file", "license", "license.key",
                SecretBytes.fromBytes(fileContent.getBytes(StandardCharsets.UTF_8))));
        store.getCredentials().add(new BasicSSHUserPrivateKey(CredentialsScope.GLOBAL, "ssh", "git",
                new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(key), null, "ssh key"));
        store.save();
        byte[] archive = DockerArchiveFixture.withFiles(Map.of(
                "etc/app/token.txt", "token=" + text + "\n",
                "etc/app/db.properties", "db.password=" + password + "\n",
                "etc/app/license.key", fileContent + "\n",
                "root/.ssh/id_ecdsa", key + "\n"));
        List<String> values = new ArrayList<>(List.of(text, password, fileContent));
        key.lines().filter(line -> !line.startsWith("-----")).forEach(values::add);
        return new Planted(archive, List.copyOf(values));
    }

    private record Planted(byte[] archive, List<String> values) {
    }

    /** Puts the fixture archive into the workspace on the agent. */
    private static final class WriteArchive extends TestBuilder {
        private final byte[] archive;

        WriteArchive(byte[] archive) {
            this.archive = archive.clone();
        }

        @Override
        public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                throws InterruptedException, IOException {
            build.getWorkspace().child("app.tar").copyFrom(new ByteArrayInputStream(archive));
            return true;
        }
    }
}
