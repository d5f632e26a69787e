package io.jenkins.plugins.bakedsecrets.core.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageOpener;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageScanner;
import io.jenkins.plugins.bakedsecrets.core.scan.RegistryExposure;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanRequest;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanSettings;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner's anonymous-pull check against real registries: open, htpasswd, and token auth with and without
 * anonymous pulls. Every scan authenticates where it must; only the exposure check goes without credentials.
 */
class RegistryExposureIntegrationTest {
    private static final String USER = "carol";
    private static final FingerprintKey KEY = FingerprintKey.of("exposure-it-key-0123456789".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    static Path dir;
    private static String password;
    private static DistributionRegistry open;
    private static DistributionRegistry basic;
    private static TokenServer privateTokens;
    private static TokenServer publicTokens;
    private static DistributionRegistry privateRegistry;
    private static DistributionRegistry publicRegistry;

    private static ImageBuilder withSecret() {
        return TestImages.image().layer(l -> l.file("app/.env", "GITHUB_TOKEN=" + PlantedSecrets.githubToken() + "\n"));
    }

    @BeforeAll
    static void startRegistriesAndPush() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        password = UUID.randomUUID().toString();
        String creds = USER + ":" + password;
        Path htpasswd = dir.resolve("htpasswd");
        String salt = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        Files.writeString(htpasswd, USER + ":" + Tools.bcrypt(password, salt) + "\n");
        open = DistributionRegistry.anonymous(Files.createDirectories(dir.resolve("open")));
        basic = DistributionRegistry.htpasswd(Files.createDirectories(dir.resolve("basic")), htpasswd);
        privateTokens = new TokenServer(Files.createDirectories(dir.resolve("private-tokens")),
                Map.of(USER, password), false);
        publicTokens = new TokenServer(Files.createDirectories(dir.resolve("public-tokens")),
                Map.of(USER, password), true);
        privateRegistry = DistributionRegistry.token(Files.createDirectories(dir.resolve("private")),
                privateTokens.realm(), privateTokens.certificate());
        publicRegistry = DistributionRegistry.token(Files.createDirectories(dir.resolve("public")),
                publicTokens.realm(), publicTokens.certificate());
        Path layout = TestImages.layout().add(withSecret(), "v1")
                .add(TestImages.image().layer(l -> l.file("etc/motd", "hello\n")), "clean")
                .writeDirectory(dir.resolve("layout"));
        Tools.push(layout, "v1", open.host() + "/team/app:v1", "");
        Tools.push(layout, "clean", open.host() + "/team/clean:v1", "");
        Tools.push(layout, "v1", basic.host() + "/team/app:v1", creds);
        Tools.push(layout, "v1", privateRegistry.host() + "/team/app:v1", creds);
        Tools.push(layout, "v1", publicRegistry.host() + "/team/app:v1", creds);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {open, basic, privateRegistry, publicRegistry, privateTokens,
                publicTokens}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // Keep closing the others.
            }
        }
    }

    private static ScanReport scan(String reference, boolean exposureCheck) {
        RegistryOptions options = RegistryOptions.builder().tlsVerify(false)
                .credentials(Credentials.basic(USER, password)).build();
        ImageOpener opener = new ImageOpener(options, Optional.empty(), dir).withExposureCheck(exposureCheck);
        ScanSettings settings = new ScanSettings(1, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        return new ImageScanner(SecretDetector.builtIn(KnownSecrets.none()), KEY, settings, opener)
                .scan(new ScanRequest(List.of(reference), TargetSelector.ALL, Optional.empty()));
    }

    private static ScanReport scan(String reference) {
        return scan(reference, true);
    }

    private static List<Finding> registryFindings(ScanReport report) {
        return report.findings().stream().filter(f -> f.ruleId().equals(RegistryExposure.ANONYMOUS_PULL_RULE))
                .toList();
    }

    private static Optional<RegistryExposure> exposure(AnonymousPull answer) {
        return Optional.of(new RegistryExposure(answer));
    }

    @Test
    void shouldAddRegistryFindingWhenOpenRegistryServesImageWithSecrets() {
        ScanReport report = scan("docker://" + open.host() + "/team/app:v1");

        assertThat(report.targets().get(0).exposure()).isEqualTo(exposure(AnonymousPull.TRUE));
        List<Finding> registry = registryFindings(report);
        assertThat(registry).hasSize(1);
        assertThat(registry.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(registry.get(0).location().kind()).isEqualTo(LocationKind.REGISTRY);
        assertThat(registry.get(0).location().key()).hasValue(open.host() + "/team/app");
        assertThat(registry.get(0).redacted()).isEqualTo(open.host() + "/team/app");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("github-token");
    }

    @Test
    void shouldRecordExposureWithoutFindingWhenOpenRegistryServesCleanImage() {
        ScanReport report = scan("docker://" + open.host() + "/team/clean:v1");

        assertThat(report.targets().get(0).exposure()).isEqualTo(exposure(AnonymousPull.TRUE));
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void shouldSkipTheCheckWhenSwitchedOff() {
        ScanReport report = scan("docker://" + open.host() + "/team/app:v1", false);

        assertThat(report.targets().get(0).exposure()).isEmpty();
        assertThat(registryFindings(report)).isEmpty();
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void shouldRecordNoAnonymousPullWhenRegistryNeedsBasicAuth() {
        ScanReport report = scan("docker://" + basic.host() + "/team/app:v1");

        assertThat(report.targets().get(0).exposure()).isEqualTo(exposure(AnonymousPull.FALSE));
        assertThat(registryFindings(report)).isEmpty();
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void shouldRecordNoAnonymousPullWhenAnonymousTokenGrantsNothing() {
        ScanReport report = scan("docker://" + privateRegistry.host() + "/team/app:v1");

        assertThat(report.targets().get(0).exposure()).isEqualTo(exposure(AnonymousPull.FALSE));
        assertThat(registryFindings(report)).isEmpty();
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void shouldAddRegistryFindingWhenTokenServiceGrantsAnonymousPull() {
        ScanReport report = scan("docker://" + publicRegistry.host() + "/team/app:v1");

        assertThat(report.targets().get(0).exposure()).isEqualTo(exposure(AnonymousPull.TRUE));
        assertThat(registryFindings(report)).extracting(f -> f.location().key().orElseThrow())
                .containsExactly(publicRegistry.host() + "/team/app");
    }
}
