package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import io.jenkins.plugins.bakedsecrets.core.image.DigestMismatchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries, limits and integrity checks against a scripted registry. */
class RegistryFaultsTest {
    private static final String MANIFEST_PATH = "/v2/team/app/manifests/v1";

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private FakeRegistry fake;
    private byte[] manifest;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeRegistry();
        manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + TestImages.OCI_MANIFEST + "\",\"annotations\":{\"id\":\""
                + UUID.randomUUID() + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private RegistryClient client(RegistryOptions.Builder builder) {
        return new RegistryClient(builder.tlsVerify(false).retries(3, Duration.ofMillis(100)).build(), sleeps::add);
    }

    private RegistryImageName name() {
        return RegistryImageName.parse(fake.host() + "/team/app:v1");
    }

    private FakeRegistry.Reply manifestReply() {
        return FakeRegistry.Reply.ok(TestImages.OCI_MANIFEST, manifest);
    }

    @Test
    void shouldWaitRetryAfterThenSucceedWhenRateLimited() throws Exception {
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(429, Map.of("Retry-After", "7")), manifestReply());

        try (RegistryClient client = client(RegistryOptions.builder())) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(TestImages.digest(manifest));
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(fake.requests()).containsExactly("GET /v2/", "GET " + MANIFEST_PATH, "GET " + MANIFEST_PATH);
    }

    @Test
    void shouldBackOffExponentiallyWhenServerFails() throws Exception {
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(500, Map.of()), FakeRegistry.Reply.status(503, Map.of()),
                manifestReply());

        try (RegistryClient client = client(RegistryOptions.builder())) {
            assertThat(client.resolve(name()).root().size()).isEqualTo(manifest.length);
        }
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void shouldGiveUpAfterBoundedAttemptsWhenServerKeepsFailing() {
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(502, Map.of()));

        try (RegistryClient client = client(RegistryOptions.builder())) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + fake.host() + " answered HTTP 502 for image team/app:v1");
        }
        assertThat(fake.requests()).filteredOn(r -> r.endsWith(MANIFEST_PATH)).hasSize(3);
    }

    @Test
    void shouldReportUnreachableWhenNothingListens() throws Exception {
        int port = DistributionRegistry.freePort();
        RegistryOptions options = RegistryOptions.builder().build();

        try (RegistryClient client = new RegistryClient(options, sleeps::add)) {
            assertThatThrownBy(() -> client.resolve(RegistryImageName.parse("127.0.0.1:" + port + "/team/app:v1")))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry 127.0.0.1:" + port + " is unreachable: Connection refused");
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldRejectManifestWhenLargerThanLimit() {
        fake.on(MANIFEST_PATH, manifestReply());

        try (RegistryClient client = client(RegistryOptions.builder().maxManifestBytes(manifest.length - 1))) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("manifest of " + name() + " exceeds the limit of " + (manifest.length - 1) + " bytes");
        }
    }

    @Test
    void shouldRejectManifestWhenContentDigestHeaderDisagrees() {
        String claimed = TestImages.digest("other".getBytes(StandardCharsets.UTF_8));
        fake.on(MANIFEST_PATH, new FakeRegistry.Reply(200, Map.of("Content-Type", TestImages.OCI_MANIFEST,
                "Docker-Content-Digest", claimed), manifest));

        try (RegistryClient client = client(RegistryOptions.builder())) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessage("digest mismatch for manifest of " + name() + ": expected " + claimed
                            + " but content has " + TestImages.digest(manifest));
        }
    }

    @Test
    void shouldRejectManifestWhenPulledByDigestAndBytesDiffer() {
        String pinned = TestImages.digest("pinned".getBytes(StandardCharsets.UTF_8));
        fake.on("/v2/team/app/manifests/" + pinned, manifestReply());
        RegistryImageName byDigest = RegistryImageName.parse(fake.host() + "/team/app@" + pinned);

        try (RegistryClient client = client(RegistryOptions.builder())) {
            assertThatThrownBy(() -> client.resolve(byDigest)).isInstanceOf(DigestMismatchException.class);
        }
    }

    @Test
    void shouldFailAtEndOfStreamWhenBlobWasTampered() throws Exception {
        byte[] original = TestImages.gzip(TestImages.layerTar("etc/app.conf", "id=" + UUID.randomUUID()));
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 0x01;
        String digest = TestImages.digest(original);
        fake.on("/v2/team/app/blobs/" + digest, FakeRegistry.Reply.ok("application/octet-stream", tampered));

        try (RegistryClient client = client(RegistryOptions.builder());
             InputStream in = VerifyingInputStream.verifying(client.blobStore(name())
                     .open(Descriptor.of("application/vnd.oci.image.layer.v1.tar+gzip", digest, -1)),
                     digest, "layer " + digest)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessage("digest mismatch for layer " + digest + ": expected " + digest
                            + " but content has " + TestImages.digest(tampered));
        }
    }

    @Test
    void shouldFollowRedirectWithoutCredentialsWhenBlobMovesToAnotherServer() throws Exception {
        byte[] blob = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        String digest = TestImages.digest(blob);
        try (FakeRegistry storage = new FakeRegistry()) {
            storage.on("/bucket/blob", FakeRegistry.Reply.ok("application/octet-stream", blob));
            fake.on("/v2/team/app/blobs/" + digest, FakeRegistry.Reply.status(307,
                    Map.of("Location", "http://" + storage.host() + "/bucket/blob")));

            try (RegistryClient client = client(RegistryOptions.builder());
                 InputStream in = client.blobStore(name()).open(Descriptor.of("application/octet-stream", digest, -1))) {
                assertThat(in.readAllBytes()).isEqualTo(blob);
            }
            assertThat(storage.requests()).containsExactly("GET /bucket/blob");
        }
    }

    @Test
    void shouldExchangeIdentityTokenForAccessTokenWhenAuthFileHoldsOne() throws Exception {
        String refresh = UUID.randomUUID().toString();
        String access = UUID.randomUUID().toString();
        fake.on("/token", FakeRegistry.Reply.ok("application/json",
                ("{\"access_token\":\"" + access + "\"}").getBytes(StandardCharsets.UTF_8)));
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(401, Map.of("WWW-Authenticate", "Bearer realm=\"http://"
                + fake.host() + "/token\",service=\"fake\"")), manifestReply());
        RegistryOptions.Builder options = RegistryOptions.builder().credentials(Credentials.identity("", refresh));

        try (RegistryClient client = client(options)) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(TestImages.digest(manifest));
        }
        assertThat(fake.requests()).containsExactly("GET /v2/", "GET " + MANIFEST_PATH, "POST /token",
                "GET " + MANIFEST_PATH);
        assertThat(fake.body("/token")).isEqualTo("grant_type=refresh_token&client_id=baked-secrets&service=fake"
                + "&scope=repository%3Ateam%2Fapp%3Apull&refresh_token=" + refresh);
        assertThat(fake.authorization(MANIFEST_PATH)).isEqualTo("Bearer " + access);
    }
}
