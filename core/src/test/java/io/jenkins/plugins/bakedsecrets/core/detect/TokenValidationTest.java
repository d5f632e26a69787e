package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Offline validators: a valid token is marked validated, a mutant is downgraded but still reported. */
class TokenValidationTest {
    @RepeatedTest(5)
    void shouldValidateGitHubTokenWhenChecksumCorrect() {
        String token = TestSecrets.githubToken();

        List<DetectedSecret> found = Detections.inKeyValue("GH_TOKEN", token);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("github-token");
            assertThat(d.validated()).contains(true);
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
            assertThat(d.location().key()).contains("GH_TOKEN");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(token));
        });
    }

    @RepeatedTest(5)
    void shouldDowngradeGitHubTokenWhenOneCharacterChanged() {
        String mutant = TestSecrets.mutate(TestSecrets.githubToken(), 10);

        List<DetectedSecret> found = Detections.inKeyValue("GH_TOKEN", mutant);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("github-token");
            assertThat(d.validated()).contains(false);
            assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void shouldValidateNpmTokenWhenChecksumCorrect() {
        String token = TestSecrets.checksummed("npm_");

        assertThat(Detections.inText("npm config set //r/:_authToken " + token)).singleElement()
                .satisfies(d -> assertThat(d.validated()).contains(true));
        assertThat(Detections.inText("x " + TestSecrets.mutate(token, 20))).singleElement()
                .satisfies(d -> assertThat(d.validated()).contains(false));
    }

    @Test
    void shouldFlagAwsKeyIdWhenNotBase32() {
        String badShape = "AKIA" + TestSecrets.random("0189", 16);

        assertThat(Detections.inKeyValue("ID", TestSecrets.awsAccessKeyId())).singleElement()
                .satisfies(d -> assertThat(d.validated()).contains(true));
        assertThat(Detections.inKeyValue("ID", badShape)).singleElement().satisfies(d -> {
            assertThat(d.validated()).contains(false);
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void shouldValidateJwtWhenHeaderAndPayloadAreJson() {
        String jwt = TestSecrets.jwt();
        String notJson = "eyJ" + TestSecrets.random(TestSecrets.ALNUM, 20) + ".eyJ" + TestSecrets.random(
                TestSecrets.ALNUM, 20) + "." + TestSecrets.random(TestSecrets.ALNUM, 30);

        assertThat(Detections.inText("curl -H 'Authorization: Bearer " + jwt + "'")).singleElement()
                .satisfies(d -> assertThat(d.validated()).contains(true));
        assertThat(Detections.inText("x " + notJson)).singleElement()
                .satisfies(d -> assertThat(d.validated()).contains(false));
    }

    @Test
    void shouldComputeChecksumLikeGitHubWhenKnownVector() {
        // CRC32("123456789") is 0xCBF43926 = 3421780262, which is "3jZRME" in base62 with the 0-9A-Za-z alphabet.
        assertThat(Validators.base62Crc32("123456789")).isEqualTo("3jZRME");
    }
}
