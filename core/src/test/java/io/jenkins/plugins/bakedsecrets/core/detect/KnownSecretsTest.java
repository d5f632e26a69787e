package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known secrets are found raw and in every encoding, at every base64 alignment, with one stable digest. */
class KnownSecretsTest {
    // A value with reserved characters, so URL-encoding differs from the raw form.
    private final String value = "pw:" + TestSecrets.random(TestSecrets.ALNUM, 14) + "/+&";
    private final SecretDetector detector = SecretDetector.builtIn(KnownSecrets.of(List.of(value)));

    private List<DetectedSecret> scan(String text) {
        return Detections.inFile(detector, "/app/data.txt", "header\n" + text + "\n");
    }

    private void assertKnown(String text, String encodingRegex) {
        assertThat(scan(text)).filteredOn(d -> d.ruleId().equals("known-secret")).singleElement().satisfies(d -> {
            assertThat(d.title()).matches("Known secret \\(" + encodingRegex + "\\)");
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(d.digest()).isEqualTo(SecretDigest.of(value));
            assertThat(d.location().line()).hasValue(2);
        });
    }

    @Test
    void shouldFindRawValueWhenEmbedded() {
        assertKnown("before" + value + "after", "raw");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void shouldFindBase64WhenValueAtAnyAlignment(int prefixBytes) {
        byte[] prefix = "abc".substring(0, prefixBytes).getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "xyz".getBytes(StandardCharsets.US_ASCII);
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + raw.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(raw, 0, all, prefix.length, raw.length);
        System.arraycopy(suffix, 0, all, prefix.length + raw.length, suffix.length);

        assertKnown("data=" + Base64.getEncoder().encodeToString(all), "base64");
        // When the value's base64 has no '+' or '/', both alphabets give one string, reported as plain base64.
        assertKnown("data=" + Base64.getUrlEncoder().encodeToString(all), "base64(url)?");
    }

    @Test
    void shouldFindUrlEncodedAndHexWhenEncoded() {
        assertKnown("q=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&x=1", "url-encoded");
        assertKnown("h " + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)), "hex");
        assertKnown("H " + HexFormat.of().withUpperCase().formatHex(value.getBytes(StandardCharsets.UTF_8)), "hex");
    }

    @Test
    void shouldIgnoreCaseVariantWhenNotExact() {
        assertThat(scan("x" + value.toUpperCase(java.util.Locale.ROOT).replace("PW:", "Pw:") + "x")).isEmpty();
    }

    @Test
    void shouldFindKnownValueWhenInCiVariableOrText() {
        List<DetectedSecret> out = Detections.inKeyValue(detector, LocationKind.CI_ENV, "DEPLOY_PW", value);

        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("known-secret");
            assertThat(d.location().kind()).isEqualTo(LocationKind.CI_ENV);
            assertThat(d.location().key()).contains("DEPLOY_PW");
        });
    }

    @Test
    void shouldLoadValuesWhenFileValid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("known.txt");
        Files.writeString(file, "first-secret-1\r\n\nsecond-secret-2\nfirst-secret-1\n");

        assertThat(KnownSecrets.load(file).size()).isEqualTo(2);
        assertThat(KnownSecrets.load(file).toString()).isEqualTo("KnownSecrets[2 values]");
        assertThat(KnownSecrets.none().size()).isZero();
    }

    @Test
    void shouldNameLineOnlyWhenValueTooShort(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("known.txt");
        Files.writeString(file, "long-enough-value\nshort7x\n");

        assertThatThrownBy(() -> KnownSecrets.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageNotContaining("short7x");
        assertThatThrownBy(() -> KnownSecrets.of(List.of("tiny"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("tiny");
    }
}
