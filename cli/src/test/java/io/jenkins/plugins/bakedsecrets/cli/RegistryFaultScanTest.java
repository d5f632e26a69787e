package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.image.registry.FakeRegistry;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that misbehaves on purpose never hangs a scan: each fault ends with exit 2, one line naming the host and
 * what went wrong, and no report. The wall-time bound is a hang guard only, far above what the scans take.
 */
class RegistryFaultScanTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String MANIFEST = "/v2/team/app/manifests/v1";

    @TempDir
    Path dir;

    private FakeRegistry registry;
    private BuiltImage image;
    private byte[] layer;

    @BeforeEach
    void serveImage() throws Exception {
        registry = new FakeRegistry();
        OciLayoutBuilder layout = TestImages.layout().add(TestImages.image()
                .layer(Compression.GZIP, l -> l.file("etc/app.conf", "id=" + UUID.randomUUID() + "\n")), "v1");
        registry.serveLayout(layout.writeDirectory(dir.resolve("layout")), "team/app", "v1");
        image = layout.images().get(0);
        layer = Files.readAllBytes(dir.resolve("layout/blobs/sha256/" + BuiltImage.hex(layerDigest())));
        Files.writeString(dir.resolve("key"), "registry-fault-fingerprint-key");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private String layerDigest() {
        return image.layerDigests().get(0);
    }

    private String layerPath() {
        return "/v2/team/app/blobs/" + layerDigest();
    }

    /** Scans the served image, asserts the failure contract and returns the one line printed. */
    private String failingScan(String timeouts) {
        Path report = dir.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("scan", "docker://" + registry.host() + "/team/app:v1",
                "--tls-verify=false", "--no-exposure-check", "--format", "json", "-o", report.toString(),
                "--fingerprint-key-file", dir.resolve("key").toString(), "--registry-timeout", timeouts));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString().lines()).as(err.toString()).hasSize(1);
        assertThat(out.toString()).isEmpty();
        assertThat(report).doesNotExist();
        assertThat(took).as("hang guard").isLessThan(HANG_GUARD);
        return err.toString().strip();
    }

    @Test
    void shouldScanTheServedImageWhenTheRegistryBehaves() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"scan", "docker://" + registry.host() + "/team/app:v1", "--tls-verify=false",
            "--no-exposure-check", "--fingerprint-key-file", dir.resolve("key").toString(), "--registry-timeout",
            "5s,1m"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Coverage: complete");
    }

    @Test
    void shouldFailNamingHostWhenLayerStopsHalfway() {
        registry.on(layerPath(), FakeRegistry.stallAfter("application/octet-stream", layer, layer.length / 2));

        assertThat(failingScan("2s,1m")).isEqualTo("baked-secrets: registry " + registry.host() + " stopped sending "
                + layerPath() + ": no data for 2s");
    }

    @Test
    void shouldFailAtTheDeadlineWhenManifestTrickles() throws Exception {
        byte[] manifest = Files.readAllBytes(dir.resolve("layout/blobs/sha256/" + BuiltImage.hex(image.manifestDigest())));
        registry.on(MANIFEST, FakeRegistry.drip(image.manifestMediaType(), manifest, Duration.ofMillis(200)));

        assertThat(failingScan("5s,3s")).isEqualTo("baked-secrets: registry " + registry.host()
                + " did not finish sending " + MANIFEST + " within 3s");
    }

    @Test
    void shouldStopAtTheDescriptorSizeWhenLayerIsEndless() {
        registry.on(layerPath(), FakeRegistry.endless("application/octet-stream", (byte) 0x1f));

        assertThat(failingScan("5s,1m")).isEqualTo("baked-secrets: layer 0 (" + layerDigest() + ") has more bytes"
                + " than the " + layer.length + " its descriptor says");
    }

    @Test
    void shouldRefuseAtOnceWhenLayerIsLargerThanItsDescriptor() {
        registry.on(layerPath(), FakeRegistry.Reply.ok("application/octet-stream",
                Arrays.copyOf(layer, layer.length * 4)));

        assertThat(failingScan("5s,1m")).isEqualTo("baked-secrets: registry " + registry.host() + " sends "
                + layer.length * 4 + " bytes for " + layerDigest() + " in team/app but its descriptor says "
                + layer.length);
    }

    @Test
    void shouldFailNamingTheTokenEndpointWhenItHangs() {
        registry.on(MANIFEST, FakeRegistry.Reply.status(401, Map.of("WWW-Authenticate", "Bearer realm=\"http://"
                + registry.host() + "/token\",service=\"fake\"")));
        registry.on("/token", FakeRegistry.silent());

        assertThat(failingScan("2s,1m")).isEqualTo("baked-secrets: registry " + registry.host()
                + " did not answer /token within 2s");
    }

    @Test
    void shouldGiveUpWhenRetryAfterIsHuge() {
        registry.on(MANIFEST, FakeRegistry.Reply.status(429, Map.of("Retry-After", "3600")));

        assertThat(failingScan("5s,5s")).isEqualTo("baked-secrets: registry " + registry.host()
                + " kept rate-limiting requests for image team/app:v1 (429 Too Many Requests)");
    }

    @Test
    void shouldRejectARegistryTimeoutThatIsNotADuration() {
        assertThat(failingScan("soon")).isEqualTo("baked-secrets: --registry-timeout: 'soon' is not a positive"
                + " duration such as 500ms, 30s, 10m or 1h");
    }
}
