package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import io.jenkins.plugins.bakedsecrets.core.image.ImageFormatException;
import io.jenkins.plugins.bakedsecrets.core.image.UnsupportedMediaTypeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Manifest negotiation, media types and anonymous checks against a scripted registry. */
class RegistryNegotiationTest {
    private static final String MANIFEST_PATH = "/v2/team/app/manifests/v1";
    private static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";

    private FakeRegistry fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeRegistry();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private RegistryClient client() {
        return new RegistryClient(RegistryOptions.builder().tlsVerify(false).retries(2, Duration.ZERO).build(),
                duration -> { });
    }

    private RegistryImageName name() {
        return RegistryImageName.parse(fake.host() + "/team/app:v1");
    }

    private static byte[] json(String mediaType) {
        return ("{\"schemaVersion\":2,\"mediaType\":\"" + mediaType + "\",\"manifests\":[],\"annotations\":{\"id\":\""
                + UUID.randomUUID() + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptOciAndDockerManifestsAndListsWhenResolving() throws Exception {
        byte[] list = json(DOCKER_LIST);
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.ok(DOCKER_LIST + "; charset=utf-8", list));

        try (RegistryClient client = client()) {
            assertThat(client.resolve(name()).root()).isEqualTo(Descriptor.of(DOCKER_LIST, TestImages.digest(list),
                    list.length));
        }
        assertThat(fake.accept(MANIFEST_PATH).split(", ")).containsExactlyInAnyOrder(TestImages.OCI_INDEX,
                TestImages.OCI_MANIFEST, DOCKER_LIST, "application/vnd.docker.distribution.manifest.v2+json");
    }

    @Test
    void shouldTakeMediaTypeFromJsonWhenContentTypeIsGeneric() throws Exception {
        byte[] index = json(TestImages.OCI_INDEX);
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.ok("application/json", index));

        try (RegistryClient client = client()) {
            assertThat(client.resolve(name()).root().mediaType()).isEqualTo(TestImages.OCI_INDEX);
        }
    }

    @Test
    void shouldRejectSchema1WhenRegistryOnlyHasLegacyManifest() {
        String schema1 = "application/vnd.docker.distribution.manifest.v1+prettyjws";
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.ok(schema1, json(schema1)));

        try (RegistryClient client = client()) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(UnsupportedMediaTypeException.class)
                    .hasMessage("unsupported media type " + schema1 + " for blob " + name());
        }
    }

    @Test
    void shouldRequestManifestByDigestWithItsMediaTypeWhenStoreOpensManifest() throws Exception {
        byte[] manifest = json(TestImages.OCI_MANIFEST);
        String digest = TestImages.digest(manifest);
        fake.on("/v2/team/app/manifests/" + digest, FakeRegistry.Reply.ok(TestImages.OCI_MANIFEST, manifest));

        try (RegistryClient client = client();
             InputStream in = client.blobStore(name()).open(Descriptor.of(TestImages.OCI_MANIFEST, digest, -1))) {
            assertThat(in.readAllBytes()).isEqualTo(manifest);
        }
        assertThat(fake.accept("/v2/team/app/manifests/" + digest)).startsWith(TestImages.OCI_MANIFEST + ", ");
    }

    @Test
    void shouldStopReadingWhenManifestFromStoreExceedsLimit() {
        byte[] manifest = json(TestImages.OCI_MANIFEST);
        String digest = TestImages.digest(manifest);
        fake.on("/v2/team/app/manifests/" + digest, FakeRegistry.Reply.ok(TestImages.OCI_MANIFEST, manifest));
        RegistryOptions options = RegistryOptions.builder().tlsVerify(false).maxManifestBytes(10).build();

        try (RegistryClient client = new RegistryClient(options)) {
            assertThatThrownBy(() -> {
                try (InputStream in = client.blobStore(name()).open(Descriptor.of(TestImages.OCI_MANIFEST, digest,
                        -1))) {
                    in.readAllBytes();
                }
            }).isInstanceOf(RegistryException.class)
                    .hasMessage("manifest " + digest + " of " + name() + " exceeds the limit of 10 bytes");
        }
    }

    @Test
    void shouldRefuseDescriptorWhenDigestCouldEscapeTheUrlPath() {
        try (RegistryClient client = client()) {
            assertThatThrownBy(() -> client.blobStore(name()).open(Descriptor.of("application/octet-stream",
                    "sha256:../../../v2/other/blobs/x", -1)))
                    .isInstanceOf(ImageFormatException.class)
                    .hasMessageStartingWith("invalid digest 'sha256:../../../v2/other/blobs/x'");
        }
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void shouldGiveUpWhenRedirectsLoop() {
        String digest = TestImages.digest(new byte[] {4});
        fake.on("/v2/team/app/blobs/" + digest, FakeRegistry.Reply.status(302,
                Map.of("Location", "/v2/team/app/blobs/" + digest)));

        try (RegistryClient client = client()) {
            assertThatThrownBy(() -> client.blobStore(name()).open(Descriptor.of("application/octet-stream",
                    digest, 1)))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + fake.host() + " redirected more than 5 times for /v2/team/app/blobs/"
                            + digest);
        }
    }

    @Test
    void shouldReportUnknownAnonymousPullWhenImageDoesNotExist() {
        try (RegistryClient client = client()) {
            assertThat(client.checkAnonymousPull(name())).isEqualTo(AnonymousPull.UNKNOWN);
        }
    }

    @Test
    void shouldReportUnknownAnonymousPullWhenRegistryIsDown() throws Exception {
        int port = DistributionRegistry.freePort();
        try (RegistryClient client = client()) {
            assertThat(client.checkAnonymousPull(RegistryImageName.parse("127.0.0.1:" + port + "/team/app:v1")))
                    .isEqualTo(AnonymousPull.UNKNOWN);
        }
    }
}
