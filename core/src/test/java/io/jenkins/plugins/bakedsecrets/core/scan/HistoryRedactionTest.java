package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.RuleSample;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HistoryRedactionTest {
    private static final HistoryRedaction REDACTION = new HistoryRedaction(SecretDetector.builtIn(KnownSecrets.none()));

    @Test
    void shouldMaskBuildArgumentValuesButKeepTheCommand() {
        String token = PlantedSecrets.npmToken();

        String redacted = REDACTION.redact("RUN |2 NPM_TOKEN=" + token + " VERSION=1.2 /bin/sh -c npm ci");

        assertThat(redacted).isEqualTo("RUN |2 NPM_TOKEN=*** VERSION=*** /bin/sh -c npm ci");
    }

    @Test
    void shouldMaskEnvValuesInBothForms() {
        assertThat(REDACTION.redact("/bin/sh -c #(nop)  ENV API_KEY=abc123 MODE=\"a b\""))
                .isEqualTo("/bin/sh -c #(nop)  ENV API_KEY=*** MODE=***");
        assertThat(REDACTION.redact("ENV TOKEN s3cr3t-value # buildkit"))
                .isEqualTo("ENV TOKEN *** # buildkit");
    }

    @Test
    void shouldMaskInlineCredentials() {
        String password = PlantedSecrets.password();

        assertThat(REDACTION.redact("RUN curl -u admin:" + password + " https://x.internal/a"))
                .isEqualTo("RUN curl -u *** https://x.internal/a");
        assertThat(REDACTION.redact("RUN git clone https://bot:" + password + "@git.internal/r.git"))
                .isEqualTo("RUN git clone https://bot:***@git.internal/r.git");
    }

    @Test
    void shouldMaskHighEntropyWordsAnywhere() {
        String token = PlantedSecrets.githubToken();

        assertThat(REDACTION.redact("RUN echo " + token + " > /root/.token")).doesNotContain(token)
                .contains("RUN echo *** > /root/.token");
    }

    @Test
    void shouldLeaveOrdinaryCommandsReadable() {
        String line = "RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates";

        assertThat(REDACTION.redact(line)).isEqualTo(line);
    }

    @Test
    void shouldKeepOptionsThatTakeNoSecretWhenTheToolIsNotAPasswordClient() {
        List<String> lines = List.of("RUN /bin/sh -c mkdir -p /root/.aws && cp credentials /root/.aws/ # buildkit",
                "RUN /bin/sh -c docker run -p 8080:80 app && useradd -u 1001 app",
                "RUN /bin/sh -c apt-get install -y mysql-client && mkdir -pv /var/lib/mysql",
                "RUN /bin/sh -c sort -u /etc/hosts > /tmp/hosts");

        assertThat(lines).allSatisfy(line -> assertThat(REDACTION.redact(line)).isEqualTo(line));
    }

    @Test
    void shouldMaskPasswordOptionsOfClientsThatTakeOne() {
        String password = "Pw" + PlantedSecrets.random(PlantedSecrets.BASE62, 6);

        assertThat(REDACTION.redact("RUN /bin/sh -c mysql -uroot -p" + password + " app < /init.sql"))
                .isEqualTo("RUN /bin/sh -c mysql -uroot -p*** app < /init.sql");
        assertThat(REDACTION.redact("RUN /bin/sh -c mongosh -u admin -p " + password + " --eval 'db.x()'"))
                .isEqualTo("RUN /bin/sh -c mongosh -u admin -p *** --eval 'db.x()'");
        assertThat(REDACTION.redact("RUN /bin/sh -c docker login -u bot -p " + password + " registry.internal"))
                .isEqualTo("RUN /bin/sh -c docker login -u bot -p *** registry.internal");
    }

    @Test
    void shouldMaskNetrcPasswordsAndPipedLoginPasswords() {
        String password = "Pw" + PlantedSecrets.random(PlantedSecrets.BASE62, 6);

        assertThat(REDACTION.redact("RUN /bin/sh -c echo \"machine git.internal login bot password " + password
                + "\" > /root/.netrc")).doesNotContain(password)
                .contains("machine git.internal login bot password ***");
        assertThat(REDACTION.redact("RUN /bin/sh -c echo " + password + " | docker login -u bot --password-stdin r.io"))
                .isEqualTo("RUN /bin/sh -c echo *** | docker login -u bot --password-stdin r.io");
    }

    static Stream<RuleSample> samples() {
        return RuleSample.catalogue().filter(s -> !s.secret().isEmpty());
    }

    /**
     * Every built-in rule's sample, written by a history step as a heredoc (BuildKit keeps its lines in
     * {@code created_by}) and, for named values, by a one-line echo in the two forms a rule reads (name=value and
     * name: value): nothing a rule would flag survives redaction. The name is not secret, and a token prefix may
     * repeat it ({@code CLOJARS_...}), so it is left out of the leak search.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldMaskEveryRulesSecretWhenItsSampleSitsInAHistoryLine(RuleSample s) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "RUN /bin/sh -c cat <<'EOF' > " + s.filePath() + "\n" + s.fileContent() + "EOF # buildkit"));
        if (s.assignable()) {
            lines.add("RUN /bin/sh -c echo '" + s.name() + "=" + s.value() + "' >> /srv/app/.env");
            lines.add("RUN /bin/sh -c echo \"" + s.name() + ": " + s.value() + "\" >> /srv/app/config.yml");
        }
        for (String line : lines) {
            String redacted = REDACTION.redact(line);
            LeakCheck.assertNoLeak("history line of " + s.ruleId(), s.assignable() ? redacted.replace(s.name(), "")
                    : redacted, s.secret());
        }
    }
}
