package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.BlobStore;
import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pulls from a real docker-registry without authentication. */
class RegistryAnonymousIntegrationTest {
    @TempDir
    static Path dir;
    private static DistributionRegistry registry;
    private static TestImages.Image single;
    private static TestImages.Blob index;

    @BeforeAll
    static void startRegistry() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        Files.createDirectories(dir.resolve("registry"));
        registry = DistributionRegistry.anonymous(dir.resolve("registry"));
        single = TestImages.single(Files.createDirectories(dir.resolve("single")), "v1");
        Tools.push(dir.resolve("single"), "v1", registry.host() + "/team/app:v1", "");
        index = TestImages.multiArch(Files.createDirectories(dir.resolve("multi")), "multi");
        Tools.push(dir.resolve("multi"), "multi", registry.host() + "/team/multi:v2", "");
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private static RegistryClient client() {
        return new RegistryClient(RegistryOptions.builder().tlsVerify(false).build());
    }

    @Test
    void shouldResolveManifestWhenPulledByTag() throws Exception {
        try (RegistryClient client = client()) {
            ResolvedManifest resolved = client.resolve(RegistryImageName.parse(registry.host() + "/team/app:v1"));

            assertThat(resolved.root()).isEqualTo(Descriptor.of(TestImages.OCI_MANIFEST, single.manifest().digest(),
                    single.manifest().bytes().length));
            assertThat(resolved.pinned().toString())
                    .isEqualTo(registry.host() + "/team/app:v1@" + single.manifest().digest());
        }
    }

    @Test
    void shouldResolveSameRootWhenPulledByDigest() throws Exception {
        try (RegistryClient client = client()) {
            RegistryImageName name = RegistryImageName.parse(registry.host() + "/team/app@"
                    + single.manifest().digest());

            assertThat(client.resolve(name).root().digest()).isEqualTo(single.manifest().digest());
        }
    }

    @Test
    void shouldReturnIndexAsRootWhenImageIsMultiArch() throws Exception {
        try (RegistryClient client = client()) {
            RegistryImageName name = RegistryImageName.parse(registry.host() + "/team/multi:v2");
            ResolvedManifest resolved = client.resolve(name);

            assertThat(resolved.root().mediaType()).isEqualTo(TestImages.OCI_INDEX);
            assertThat(resolved.root().digest()).isEqualTo(index.digest());
            JsonNode json;
            try (InputStream in = client.blobStore(name).open(resolved.root())) {
                json = new ObjectMapper().readTree(in.readAllBytes());
            }
            List<String> architectures = new ArrayList<>();
            json.path("manifests").forEach(m -> architectures.add(m.path("platform").path("architecture").asText()));
            assertThat(architectures).containsExactly("amd64", "arm64");
        }
    }

    @Test
    void shouldStreamLayerWithMatchingDigestWhenBlobIsOpened() throws Exception {
        try (RegistryClient client = client()) {
            RegistryImageName name = RegistryImageName.parse(registry.host() + "/team/app:v1");
            BlobStore store = client.blobStore(name);
            Descriptor layer = Descriptor.of(single.layer().mediaType(), single.layer().digest(),
                    single.layer().bytes().length);

            try (InputStream in = VerifyingInputStream.verifying(store.open(layer), layer.digest(), "layer")) {
                assertThat(in.readAllBytes()).isEqualTo(single.layer().bytes());
            }
        }
    }

    @Test
    void shouldThrowNoSuchFileWhenBlobIsMissing() {
        try (RegistryClient client = client()) {
            BlobStore store = client.blobStore(RegistryImageName.parse(registry.host() + "/team/app:v1"));
            String missing = TestImages.digest(new byte[] {1, 2, 3});

            assertThatThrownBy(() -> store.open(Descriptor.of("application/octet-stream", missing, 3)))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessage("registry " + registry.host() + " has no blob " + missing
                            + " in team/app (404 Not Found)");
        }
    }

    @Test
    void shouldReportMissingImageWhenTagDoesNotExist() {
        try (RegistryClient client = client()) {
            assertThatThrownBy(() -> client.resolve(RegistryImageName.parse(registry.host() + "/team/app:nope")))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + registry.host() + " has no image team/app:nope (404 Not Found)");
        }
    }

    @Test
    void shouldReportAnonymousPullWhenRegistryIsOpen() {
        try (RegistryClient client = client()) {
            assertThat(client.checkAnonymousPull(RegistryImageName.parse(registry.host() + "/team/app:v1")))
                    .isEqualTo(AnonymousPull.TRUE);
        }
    }
}
