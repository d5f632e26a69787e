package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens that state their own expiry: past it they stay reported, at low severity and marked expired. */
class TokenExpiryTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    private String sig() {
        return URLEncoder.encode(g.base64Bytes(32), StandardCharsets.UTF_8);
    }

    private static String sas(String before, String sig, String after) {
        return "https://acct.blob.core.windows.net/c?" + before + "sv=2021-06-08&sr=c&sig=" + sig + after;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp=r&se=2023-12-20T22:54:52Z&", "sp=r&amp;se=2023-12-20T22:54:52Z&amp;",
        "se=2023-12-20&", "se=2023-12-20T22%3A54%3A52Z&", "se=2023-12-20T22:54Z&"})
    void shouldReportLowAndExpiredWhenSasExpiryIsPast(String before) {
        // The rule reports the signature as the URL carries it (percent-encoded).
        String sig = sig();

        List<DetectedSecret> found = Detections.inFile("/app/config.txt", "url=" + sas(before, sig, "") + "\n");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("azure-sas-token");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(sig));
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).isEqualTo("Azure shared access signature (expired 2023-12-20)");
        });
    }

    @Test
    void shouldReadExpiryWhenItFollowsTheSignature() {
        String line = "url=" + sas("sp=r&", sig(), "&se=2001-02-03T04:05:06Z") + " done\n";

        assertThat(Detections.inFile("/app/config.txt", line)).singleElement()
                .satisfies(d -> assertThat(d.title()).endsWith("(expired 2001-02-03)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp=r&se=2099-01-01T00:00:00Z&", "sp=r&", "sp=r&se=not-a-date&"})
    void shouldKeepHighWhenSasHasNoPastExpiry(String before) {
        assertThat(Detections.inFile("/app/config.txt", "url=" + sas(before, sig(), "") + "\n")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.HIGH);
                    assertThat(d.title()).isEqualTo("Azure shared access signature");
                });
    }

    @Test
    void shouldNotTakeExpiryFromAnotherUrlOnTheLine() {
        String line = "old=" + sas("se=2001-01-01&", sig(), "") + " new=" + sas("sp=r&", sig(), "") + "\n";

        assertThat(Detections.inFile("/app/config.txt", line)).extracting(DetectedSecret::severity)
                .containsExactlyInAnyOrder(Severity.LOW, Severity.HIGH);
    }

    @Test
    void shouldReportLowWhenJwtExpired() {
        String expired = jwt("{\"sub\":\"" + g.alnum(12) + "\",\"exp\":1000000000}");
        String current = jwt("{\"sub\":\"" + g.alnum(12) + "\",\"exp\":" + Instant.parse("2099-01-01T00:00:00Z")
                .getEpochSecond() + "}");

        List<DetectedSecret> found = Detections.inFile("/app/tokens.txt", "a: " + expired + "\nb: " + current + "\n");

        assertThat(found).extracting(DetectedSecret::title, DetectedSecret::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JSON Web Token (expired 2001-09-09)", Severity.LOW),
                org.assertj.core.groups.Tuple.tuple("JSON Web Token", Severity.MEDIUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"sub\":\"x\"}", "{\"exp\":\"soon\"}", "{\"exp\":-5}", "{\"exp\":99999999999999}"})
    void shouldIgnoreExpiryWhenJwtStatesNoUsableOne(String payload) {
        assertThat(TokenExpiry.jwt(jwt(payload), "", 0, 0)).isEmpty();
    }

    private String jwt(String payload) {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        return enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + g.alnum(43);
    }
}
