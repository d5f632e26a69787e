package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pulls from a real docker-registry protected by htpasswd (HTTP Basic). */
class RegistryBasicAuthIntegrationTest {
    private static final String USER = "alice";

    @TempDir
    static Path dir;
    private static String password;
    private static DistributionRegistry registry;
    private static TestImages.Image image;

    @BeforeAll
    static void startRegistry() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        password = UUID.randomUUID().toString();
        String salt = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        Path htpasswd = dir.resolve("htpasswd");
        Files.writeString(htpasswd, USER + ":" + Tools.bcrypt(password, salt) + "\n");
        Files.createDirectories(dir.resolve("registry"));
        registry = DistributionRegistry.htpasswd(dir.resolve("registry"), htpasswd);
        image = TestImages.single(Files.createDirectories(dir.resolve("layout")), "v1");
        Tools.push(dir.resolve("layout"), "v1", registry.host() + "/secure/app:v1", USER + ":" + password);
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private RegistryImageName name() {
        return RegistryImageName.parse(registry.host() + "/secure/app:v1");
    }

    private static RegistryClient client(Credentials credentials) {
        return new RegistryClient(RegistryOptions.builder().tlsVerify(false).credentials(credentials).build());
    }

    @Test
    void shouldPullManifestAndLayerWhenCredentialsAreRight() throws Exception {
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(image.manifest().digest());
            Descriptor layer = Descriptor.of(image.layer().mediaType(), image.layer().digest(), -1);
            try (InputStream in = client.blobStore(name()).open(layer)) {
                assertThat(in.readAllBytes()).isEqualTo(image.layer().bytes());
            }
        }
    }

    @Test
    void shouldUseAuthFileWhenNoExplicitCredentials() throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("auth.json");
        Files.writeString(file, "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        RegistryOptions options = RegistryOptions.builder().tlsVerify(false).authFile(file).build();

        try (RegistryClient client = new RegistryClient(options)) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(image.manifest().digest());
        }
    }

    @Test
    void shouldExplainDenialWhenPasswordIsWrong() {
        try (RegistryClient client = client(Credentials.basic(USER, "wrong-" + UUID.randomUUID()))) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + registry.host()
                            + " denied access to secure/app (401 Unauthorized): check credentials");
        }
    }

    @Test
    void shouldExplainDenialWhenCredentialsAreMissing() {
        try (RegistryClient client = new RegistryClient(RegistryOptions.builder().tlsVerify(false).build())) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + registry.host()
                            + " denied access to secure/app (401 Unauthorized): check credentials");
        }
    }

    @Test
    void shouldReportNoAnonymousPullWhenRegistryNeedsBasicAuth() {
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            assertThat(client.checkAnonymousPull(name())).isEqualTo(AnonymousPull.FALSE);
        }
    }
}
