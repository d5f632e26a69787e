package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.BlobStore;
import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pulls from real docker-registries using bearer-token auth, one whose token service grants anonymous pulls and one
 * whose token service hands anonymous callers a token without access.
 */
class RegistryTokenAuthIntegrationTest {
    private static final String USER = "bob";

    @TempDir
    static Path dir;
    private static String password;
    private static TokenServer privateTokens;
    private static TokenServer publicTokens;
    private static DistributionRegistry privateRegistry;
    private static DistributionRegistry publicRegistry;
    private static TestImages.Image image;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        password = UUID.randomUUID().toString();
        privateTokens = new TokenServer(Files.createDirectories(dir.resolve("private-tokens")),
                Map.of(USER, password), false);
        publicTokens = new TokenServer(Files.createDirectories(dir.resolve("public-tokens")),
                Map.of(USER, password), true);
        privateRegistry = DistributionRegistry.token(Files.createDirectories(dir.resolve("private")),
                privateTokens.realm(), privateTokens.certificate());
        publicRegistry = DistributionRegistry.token(Files.createDirectories(dir.resolve("public")),
                publicTokens.realm(), publicTokens.certificate());
        image = TestImages.single(Files.createDirectories(dir.resolve("layout")), "v1");
        Tools.push(dir.resolve("layout"), "v1", privateRegistry.host() + "/team/app:v1", USER + ":" + password);
        Tools.push(dir.resolve("layout"), "v1", publicRegistry.host() + "/team/app:v1", USER + ":" + password);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {privateRegistry, publicRegistry, privateTokens, publicTokens}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // Keep closing the others.
            }
        }
    }

    private static RegistryClient client(Credentials credentials) {
        return new RegistryClient(RegistryOptions.builder().tlsVerify(false).credentials(credentials).build());
    }

    private static RegistryImageName name(DistributionRegistry registry) {
        return RegistryImageName.parse(registry.host() + "/team/app:v1");
    }

    @Test
    void shouldFetchOneTokenPerScopeWhenPullingManifestAndBlobs() throws Exception {
        int before = privateTokens.authenticatedRequests();
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            RegistryImageName name = name(privateRegistry);
            ResolvedManifest resolved = client.resolve(name);
            BlobStore store = client.blobStore(name);
            Descriptor layer = Descriptor.of(image.layer().mediaType(), image.layer().digest(), -1);
            for (int i = 0; i < 3; i++) {
                try (InputStream in = VerifyingInputStream.verifying(store.open(layer), layer.digest(), "layer")) {
                    assertThat(in.readAllBytes()).hasSize(image.layer().bytes().length);
                }
            }

            assertThat(resolved.root().digest()).isEqualTo(image.manifest().digest());
            assertThat(privateTokens.authenticatedRequests() - before).isEqualTo(1);
        }
    }

    @Test
    void shouldExplainDenialWhenTokenServiceRejectsPassword() {
        try (RegistryClient client = client(Credentials.basic(USER, "wrong-" + UUID.randomUUID()))) {
            assertThatThrownBy(() -> client.resolve(name(privateRegistry)))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + privateRegistry.host()
                            + " denied access to team/app (401 Unauthorized): check credentials");
        }
    }

    @Test
    void shouldDenyAnonymousClientWhenTokenGrantsNoAccess() {
        try (RegistryClient client = new RegistryClient(RegistryOptions.builder().tlsVerify(false).build())) {
            assertThatThrownBy(() -> client.resolve(name(privateRegistry)))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("denied access to team/app (401 Unauthorized)");
        }
    }

    @Test
    void shouldReportNoAnonymousPullWhenAnonymousTokenHasNoAccess() {
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            assertThat(client.checkAnonymousPull(name(privateRegistry))).isEqualTo(AnonymousPull.FALSE);
        }
    }

    @Test
    void shouldReportAnonymousPullWhenTokenServiceGrantsAnonymousPull() {
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            assertThat(client.checkAnonymousPull(name(publicRegistry))).isEqualTo(AnonymousPull.TRUE);
        }
    }

    @Test
    void shouldPullAnonymouslyWhenTokenServiceGrantsAnonymousPull() throws Exception {
        try (RegistryClient client = new RegistryClient(RegistryOptions.builder().tlsVerify(false).build())) {
            assertThat(client.resolve(name(publicRegistry)).root().digest()).isEqualTo(image.manifest().digest());
        }
    }

    @Test
    void shouldShareOneTokenWhenThreadsOpenBlobsInParallel() throws Exception {
        int before = publicTokens.authenticatedRequests();
        try (RegistryClient client = client(Credentials.basic(USER, password))) {
            RegistryImageName name = name(publicRegistry);
            client.resolve(name);
            BlobStore store = client.blobStore(name);
            Descriptor layer = Descriptor.of(image.layer().mediaType(), image.layer().digest(), -1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<byte[]>> reads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    reads.add(pool.submit(() -> {
                        try (InputStream in = VerifyingInputStream.verifying(store.open(layer), layer.digest(), "l")) {
                            return in.readAllBytes();
                        }
                    }));
                }
                for (Future<byte[]> read : reads) {
                    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(image.layer().bytes());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(publicTokens.authenticatedRequests() - before).isEqualTo(1);
    }
}
