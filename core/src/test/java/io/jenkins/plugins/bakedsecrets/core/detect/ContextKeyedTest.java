package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a name qualifies a value: on the same line, through an enclosing key, and where it does not. */
class ContextKeyedTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @Test
    void shouldFindValueWhenLogLineNamesServiceBeforeField() {
        String key = g.hex(32);

        List<DetectedSecret> found = Detections.inFile("/var/log/app.log",
                "[INFO] boot\n[DEBUG] using adzuna KEY=" + key + "\n[INFO] Response received: 200 OK\n");

        assertSingle(found, "adzuna-app-key", key, 2);
    }

    @Test
    void shouldFindUuidWhenNamedInJsonOrCode() {
        String heroku = g.uuid();
        String snyk = g.uuid();

        assertSingle(Detections.inFile("/app/settings.json", "{\n  \"heroku_secret\": \"" + heroku + "\"\n}\n"),
                "heroku-api-key-legacy", heroku, 2);
        assertSingle(Detections.inFile("/app/ci.py", "import os\nSNYK_TOKEN = \"" + snyk + "\"\n"), "snyk-token",
                snyk, 2);
    }

    @Test
    void shouldFindValueWhenEnclosingKeyNamesService() {
        String secret = g.urlsafe(32);
        String yaml = "bots:\n  discord:\n    client_id: \"123456789012345678\"\n\n    # from the portal\n"
                + "    client_secret: \"" + secret + "\"\n  other: 1\n";

        assertSingle(Detections.inFile("/app/bots.yaml", yaml), "discord-client-secret", secret, 6);
        assertSingle(Detections.inFile("/app/c.yaml", "services:\n  discord_secret: \"" + secret + "\"\n"),
                "discord-client-secret", secret, 2);
    }

    @Test
    void shouldFindValueWhenSectionOrElementNamesService() {
        String key = g.hex(32);

        assertSingle(Detections.inFile("/etc/jobs.toml", "[adzuna]\napp_id = \"1a2b3c4d\"\napp_key = \"" + key
                + "\"\n"), "adzuna-app-key", key, 3);
        assertSingle(Detections.inFile("/app/jobs.xml", "<config>\n  <adzuna>\n    <appKey>" + key
                + "</appKey>\n  </adzuna>\n</config>\n"), "adzuna-app-key", key, 3);
        assertSingle(Detections.inFile("/app/jobs.yaml", "adzuna_key: |\n  " + key + "\n"), "adzuna-app-key", key,
                2);
    }

    @Test
    void shouldStopReadingWhenEnclosingKeyCloses() {
        String key = g.hex(32);
        String yaml = "adzuna:\n  app_id: x\nother:\n  app_key: " + key + "\n";
        String ini = "[adzuna]\napp_id = x\n[other]\napp_key = " + key + "\n";

        assertThat(Detections.ruleIds(Detections.inFile("/app/a.yaml", yaml))).doesNotContain("adzuna-app-key");
        assertThat(Detections.ruleIds(Detections.inFile("/app/a.ini", ini))).doesNotContain("adzuna-app-key");
    }

    @Test
    void shouldUseNameWhenKubernetesPairHoldsValue() {
        String token = g.uuid();

        assertSingle(Detections.inFile("/deploy/job.yaml", "env:\n  - name: SNYK_TOKEN\n    value: \"" + token
                + "\"\n  - name: OTHER\n    value: \"" + g.uuid() + "\"\n"), "snyk-token", token, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"request_id: %s", "trace=%s", "SNYK_ORG_ID=%s", "snyk_token_file=%s",
        "sandbox_secret=%s", "\"id\": \"%s\", \"heroku\": true"})
    void shouldIgnoreUuidWhenNotNamedAsServiceCredential(String template) {
        assertThat(Detections.inFile("/app/x.conf", String.format(template, g.uuid()) + "\n")).isEmpty();
    }

    @Test
    void shouldIgnoreValueWhenLongerTokenContinues() {
        assertThat(Detections.ruleIds(Detections.inFile("/app/.env", "ADZUNA_KEY=" + g.hex(32) + "ab12\n")))
                .doesNotContain("adzuna-app-key");
    }

    @Test
    void shouldTakeValueWhenImageEnvEntryOrFlag() {
        String key = g.hex(32);

        assertThat(Detections.ruleIds(Detections.inKeyValue("ADZUNA_APP_KEY", key))).containsExactly(
                "adzuna-app-key");
        assertSingle(Detections.inFile("/app/run.sh", "jobs --adzuna-key " + key + " --region gb\n"),
                "adzuna-app-key", key, 1);
    }

    private static void assertSingle(List<DetectedSecret> found, String rule, String value, int line) {
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(rule);
            assertThat(d.digest()).isEqualTo(SecretDigest.of(value));
            assertThat(d.location().line()).hasValue(line);
        });
    }
}
