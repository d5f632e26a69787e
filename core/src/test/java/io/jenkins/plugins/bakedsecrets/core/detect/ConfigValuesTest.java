package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image config values: Env entries, labels and history lines carry their own location parts. */
class ConfigValuesTest {
    @Test
    void shouldReportBuildArgumentWhenHistoryLineHoldsToken() {
        String token = TestSecrets.checksummed("npm_");

        List<DetectedSecret> found = Detections.inText("RUN |1 NPM_TOKEN=" + token
                + " /bin/sh -c npm ci && rm -f .npmrc # buildkit");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("npm-token");
            assertThat(d.location().kind()).isEqualTo(LocationKind.HISTORY);
            assertThat(d.location().historyIndex()).hasValue(3);
            assertThat(d.location().line()).isEmpty();
        });
    }

    @Test
    void shouldReportEnvEntryWhenNameSaysSecret() {
        String secret = TestSecrets.awsSecretKey();

        List<DetectedSecret> aws = Detections.inKeyValue("AWS_SECRET_ACCESS_KEY", secret);
        List<DetectedSecret> label = Detections.inKeyValue(SecretDetector.builtIn(KnownSecrets.none()),
                LocationKind.LABEL, "com.corp.db.password",
                // A digit and both cases: a random value of letters alone can look like a code identifier, which the
                // generic rule rightly ignores, and made this test fail now and then.
                TestSecrets.random(TestSecrets.ALNUM, 13) + "7Qz");

        assertThat(aws).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("aws-secret-access-key");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(secret));
            assertThat(d.location().key()).contains("AWS_SECRET_ACCESS_KEY");
        });
        assertThat(Detections.ruleIds(label)).containsExactly("generic-secret-assignment");
    }

    @Test
    void shouldNotReportWhenEnvEntryIsOrdinary() {
        assertThat(Detections.inKeyValue("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin")).isEmpty();
        assertThat(Detections.inKeyValue("JAVA_VERSION", "jdk-21.0.5+11")).isEmpty();
        assertThat(Detections.inKeyValue("SECRET_KEY_FILE", "/run/secrets/key")).isEmpty();
    }

    @Test
    void shouldReportXmlPasswordWhenMavenSettings() {
        String password = TestSecrets.random(TestSecrets.ALNUM, 20);
        String settings = "<settings>\n  <servers>\n    <server>\n      <id>corp</id>\n      <username>ci</username>\n"
                + "      <password>" + password + "</password>\n    </server>\n  </servers>\n</settings>\n";

        List<DetectedSecret> found = Detections.inFile("/root/.m2/settings.xml", settings);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("generic-secret-assignment");
            assertThat(d.location().line()).hasValue(6);
            assertThat(d.digest()).isEqualTo(SecretDigest.of(password));
        });
        assertThat(Detections.inFile("/root/.m2/settings.xml", "<password>{COQLCE6DU6GtcS5P=}</password>\n"))
                .isEmpty();
    }

    @Test
    void shouldReportHexSecretWhenNameSaysSecretButNotHash() {
        String hex64 = TestSecrets.random("0123456789abcdef", 64);
        String hex128 = TestSecrets.random("0123456789abcdef", 128);

        assertThat(Detections.ruleIds(Detections.inKeyValue("JWT_SECRET", hex64)))
                .containsExactly("generic-secret-assignment");
        assertThat(Detections.ruleIds(Detections.inKeyValue("SECRET_KEY_BASE", hex128)))
                .containsExactly("generic-secret-assignment");
        assertThat(Detections.inKeyValue("TOKEN_SHA256", hex64)).isEmpty();
        assertThat(Detections.inKeyValue("PASSWORD_MD5", hex64.substring(0, 32))).isEmpty();
    }
}
