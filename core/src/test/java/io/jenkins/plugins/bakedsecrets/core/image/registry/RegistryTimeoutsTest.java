package io.jenkins.plugins.bakedsecrets.core.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.bakedsecrets.core.image.BlobImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageFormatException;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every wait on a registry is bounded: an idle timeout for silence, a deadline per request for trickles, a cap on
 * {@code Retry-After}, and the descriptor's size for bodies. The preemptive timeouts only guard against a hang.
 */
class RegistryTimeoutsTest {
    private static final String MANIFEST_PATH = "/v2/team/app/manifests/v1";
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private FakeRegistry fake;
    private BuiltImage image;
    private byte[] manifest;

    /** A registry serving one real image as {@code team/app:v1}; each test makes one request misbehave. */
    @BeforeEach
    void serveImage() throws Exception {
        fake = new FakeRegistry();
        OciLayoutBuilder layout = io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.layout()
                .add(io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.image()
                        .layer(Compression.GZIP, l -> l.file("etc/app.conf", "id=" + UUID.randomUUID())), "v1");
        fake.serveLayout(layout.writeDirectory(dir.resolve("layout")), "team/app", "v1");
        image = layout.images().get(0);
        manifest = blob(image.manifestDigest());
    }

    @AfterEach
    void stopRegistry() {
        fake.close();
    }

    private byte[] blob(String digest) throws Exception {
        return Files.readAllBytes(dir.resolve("layout/blobs/sha256/" + BuiltImage.hex(digest)));
    }

    private RegistryClient client(RegistryTimeouts timeouts) {
        return new RegistryClient(RegistryOptions.builder().tlsVerify(false).retries(3, Duration.ofMillis(100))
                .timeouts(timeouts).build(), sleeps::add);
    }

    private RegistryImageName name() {
        return RegistryImageName.parse(fake.host() + "/team/app:v1");
    }

    private static void withinHangGuard(Executable test) {
        assertTimeoutPreemptively(HANG_GUARD, test);
    }

    @Test
    void shouldCapRetryAfterWhenRegistryAsksToWaitAMinute() throws Exception {
        FakeRegistry.Reply busy = FakeRegistry.Reply.status(429, Map.of("Retry-After", "60"));
        fake.on(MANIFEST_PATH, busy, busy, FakeRegistry.Reply.ok(TestImages.OCI_MANIFEST, manifest));

        try (RegistryClient client = client(RegistryTimeouts.DEFAULT)) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(image.manifestDigest());
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterWouldOutlastTheDeadline() {
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(429, Map.of("Retry-After", "60")));

        try (RegistryClient client = client(RegistryTimeouts.DEFAULT.with(Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
            assertThatThrownBy(() -> client.resolve(name())).isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + fake.host() + " kept rate-limiting requests for image team/app:v1"
                            + " (429 Too Many Requests)");
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldFailNamingHostWhenBodyStopsHalfway() {
        fake.on(MANIFEST_PATH, FakeRegistry.stallAfter(TestImages.OCI_MANIFEST, manifest, manifest.length / 2));

        withinHangGuard(() -> {
            try (RegistryClient client = client(RegistryTimeouts.DEFAULT.with(IDLE, Duration.ofMinutes(1)))) {
                assertThatThrownBy(() -> client.resolve(name())).isInstanceOf(RegistryException.class)
                        .hasMessage("registry " + fake.host() + " stopped sending " + MANIFEST_PATH
                                + ": no data for 1s");
            }
        });
    }

    @Test
    void shouldFailAtTheDeadlineWhenBodyTrickles() {
        fake.on(MANIFEST_PATH, FakeRegistry.drip(TestImages.OCI_MANIFEST, manifest, Duration.ofMillis(100)));

        withinHangGuard(() -> {
            try (RegistryClient client = client(RegistryTimeouts.DEFAULT.with(Duration.ofSeconds(5),
                    Duration.ofSeconds(3)))) {
                assertThatThrownBy(() -> client.resolve(name())).isInstanceOf(RegistryException.class)
                        .hasMessage("registry " + fake.host() + " did not finish sending " + MANIFEST_PATH
                                + " within 3s");
            }
        });
    }

    @Test
    void shouldFailNamingTokenEndpointWhenItNeverAnswers() {
        fake.on(MANIFEST_PATH, FakeRegistry.Reply.status(401, Map.of("WWW-Authenticate", "Bearer realm=\"http://"
                + fake.host() + "/token\",service=\"fake\"")));
        fake.on("/token", FakeRegistry.silent());

        withinHangGuard(() -> {
            try (RegistryClient client = client(RegistryTimeouts.DEFAULT.with(IDLE, Duration.ofMinutes(1)))) {
                assertThatThrownBy(() -> client.resolve(name())).isInstanceOf(RegistryException.class)
                        .hasMessage("registry " + fake.host() + " did not answer /token within 1s");
            }
        });
        assertThat(fake.requests()).filteredOn(r -> r.endsWith("/token")).hasSize(3);
    }

    @Test
    void shouldStopAtDescriptorSizeWhenBlobIsEndless() {
        fake.on("/v2/team/app/blobs/" + image.layerDigests().get(0),
                FakeRegistry.endless("application/octet-stream", (byte) 'x'));

        withinHangGuard(() -> {
            try (RegistryClient client = client(RegistryTimeouts.DEFAULT); ImageSource source = open(client)) {
                assertThatThrownBy(() -> {
                    try (InputStream layer = source.openLayer(firstLayer(source))) {
                        layer.readAllBytes();
                    }
                }).isInstanceOf(ImageFormatException.class).hasMessage("layer 0 (" + image.layerDigests().get(0)
                        + ") has more bytes than the " + firstLayer(source).descriptor().size()
                        + " its descriptor says");
            }
        });
    }

    @Test
    void shouldRefuseAtOnceWhenBlobIsAnnouncedLargerThanItsDescriptor() throws Exception {
        String digest = image.layerDigests().get(0);
        byte[] layer = blob(digest);
        fake.on("/v2/team/app/blobs/" + digest, FakeRegistry.Reply.ok("application/octet-stream",
                java.util.Arrays.copyOf(layer, layer.length + 1000)));

        try (RegistryClient client = client(RegistryTimeouts.DEFAULT); ImageSource source = open(client)) {
            assertThatThrownBy(() -> source.openLayer(firstLayer(source))).isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + fake.host() + " sends " + (layer.length + 1000) + " bytes for " + digest
                            + " in team/app but its descriptor says " + layer.length);
        }
    }

    private ImageSource open(RegistryClient client) throws Exception {
        return BlobImageSource.open(client.blobStore(name()), List.of(client.resolve(name()).root()), "test",
                TargetSelector.ALL);
    }

    private static LayerRef firstLayer(ImageSource source) {
        return source.targets().get(0).layers().get(0);
    }
}
