package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The cached form of a layer's results: a faithful round trip, moved to the layer it is read for, and staleness. */
class LayerScanCodecTest {
    private static final Instant SCANNED = Instant.parse("2030-01-01T00:00:00Z");
    private static final String DIFF = "sha256:" + "d".repeat(64);

    private static LayerRef layer(int index, String digest) {
        return new LayerRef(index, new Descriptor("application/vnd.oci.image.layer.v1.tar+gzip", digest, 10,
                Optional.empty(), java.util.Map.of(), List.of()), DIFF, OptionalInt.empty(), Optional.empty());
    }

    private static DetectedSecret detection(LayerRef layer, String path, Optional<Instant> expiry) {
        Location where = Location.of(LocationKind.FILE).path(path).line(3)
                .layer(layer.index(), layer.descriptor().digest(), layer.diffId()).build();
        return new DetectedSecret("jwt", "JSON Web Token", Severity.HIGH, where, SecretDigest.of("not-a-real-jwt"),
                "eyJh…(120)", Optional.of(true), expiry);
    }

    private static LayerScan scan(LayerRef layer, Optional<Instant> expiry) {
        LayerEntries entries = new LayerEntries();
        entries.entry("/app/token.txt");
        entries.whiteout("/old");
        entries.opaque("/var/cache");
        entries.hardLink("/opt/link", "/app/token.txt");
        CoverageGap gap = new CoverageGap(CoverageGap.Reason.SKIPPED_SIZE, 0, OptionalInt.of(layer.index()),
                Optional.of("/big.zip!/x"), "larger than 1 bytes");
        return new LayerScan(layer.index(), entries, List.of(detection(layer, "/app/token.txt", expiry)),
                List.of(gap));
    }

    @Test
    void shouldReadBackTheLayerResultsAtTheLayerTheyAreReadFor() throws Exception {
        LayerRef stored = layer(0, "sha256:" + "a".repeat(64));
        LayerRef now = layer(2, "sha256:" + "b".repeat(64));
        byte[] payload = LayerScanCodec.encode(scan(stored, Optional.empty()), SCANNED);

        LayerScan read = LayerScanCodec.decode(payload, now, 1, SCANNED).orElseThrow();

        assertThat(read.detections()).containsExactly(detection(now, "/app/token.txt", Optional.empty()));
        assertThat(read.gaps()).singleElement().satisfies(g -> {
            assertThat(g.target()).isEqualTo(1);
            assertThat(g.layerIndex()).hasValue(2);
            assertThat(g.path()).hasValue("/big.zip!/x");
        });
        assertThat(read.entries().replaces("/app/token.txt")).isTrue();
        assertThat(read.entries().deletes("/old/file")).isTrue();
        assertThat(read.entries().deletes("/var/cache/x")).isTrue();
        assertThat(read.entries().linksTo("/app/token.txt")).containsExactly("/opt/link");
    }

    @Test
    void shouldGoStaleWhenATokenItReportsAsValidExpires() throws Exception {
        LayerRef layer = layer(0, DIFF);
        Instant expiry = SCANNED.plusSeconds(3600);
        byte[] payload = LayerScanCodec.encode(scan(layer, Optional.of(expiry)), SCANNED);

        assertThat(LayerScanCodec.decode(payload, layer, 0, expiry.minusSeconds(1))).isPresent();
        assertThat(LayerScanCodec.decode(payload, layer, 0, expiry)).isEmpty();
    }

    @Test
    void shouldStayCurrentWhenItsTokensHadExpiredAlready() throws Exception {
        LayerRef layer = layer(0, DIFF);
        byte[] payload = LayerScanCodec.encode(scan(layer, Optional.of(SCANNED.minusSeconds(60))), SCANNED);

        assertThat(LayerScanCodec.decode(payload, layer, 0, SCANNED.plusSeconds(86_400 * 365))).isPresent();
    }
}
