package io.jenkins.plugins.bakedsecrets.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintKeyTest {
    private static final FingerprintKey KEY = FingerprintKey.of("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
    private static final FingerprintKey OTHER = FingerprintKey.of("fedcba9876543210fedc".getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldGiveSameFingerprintForSameSecretUnderSameKey() {
        assertThat(KEY.fingerprint(SecretDigest.of("s3cr3t-value-1")))
                .isEqualTo(KEY.fingerprint(SecretDigest.of("s3cr3t-value-1")))
                .startsWith("hmac-sha256:")
                .hasSize("hmac-sha256:".length() + 64);
    }

    @Test
    void shouldGiveDifferentFingerprintsUnderDifferentKeys() {
        SecretDigest digest = SecretDigest.of("s3cr3t-value-1");

        assertThat(KEY.fingerprint(digest)).isNotEqualTo(OTHER.fingerprint(digest));
        assertThat(KEY.keyId()).isNotEqualTo(OTHER.keyId());
    }

    @Test
    void shouldRejectShortKeys() {
        assertThatThrownBy(() -> FingerprintKey.of(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverPrintDigestOrKey() {
        assertThat(SecretDigest.of("s3cr3t").toString()).isEqualTo("SecretDigest[redacted]");
        assertThat(KEY.toString()).doesNotContain("0123456789");
    }

    @Test
    void shouldRekeyTransportFindingsToTheSameFingerprintAsDirectKeying() {
        DetectedSecret detected = new DetectedSecret("github-token", "GitHub token", Severity.HIGH,
                Location.of(LocationKind.ENV).key("GITHUB_TOKEN").build(), SecretDigest.of("ghp_value"), "ghp_…(40)",
                Optional.of(true));

        Finding direct = Finding.of(detected, 0, KEY);
        Finding viaTransport = Finding.of(detected, 0, FingerprintKey.transport()).rekey(KEY);

        assertThat(viaTransport).isEqualTo(direct);
        assertThat(Finding.of(detected, 0, FingerprintKey.transport()).secretFingerprint()).startsWith("sha256:");
    }

    @Test
    void shouldKeepFindingIdStableAcrossLineAndLayerChanges() {
        Location a = Location.of(LocationKind.FILE).path("/app/.env").line(3).layer(1, "sha256:a", "sha256:b").build();
        Location b = Location.of(LocationKind.FILE).path("app//.env").line(9).layer(4, "sha256:c", "sha256:d").build();

        assertThat(Finding.findingId("r", a, "hmac-sha256:00")).isEqualTo(Finding.findingId("r", b, "hmac-sha256:00"));
        assertThat(Finding.findingId("r", a, "hmac-sha256:00")).isNotEqualTo(Finding.findingId("r", a, "hmac-sha256:01"));
    }
}
