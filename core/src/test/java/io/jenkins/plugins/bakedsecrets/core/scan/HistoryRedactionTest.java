package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import org.junit.jupiter.api.Test;

class HistoryRedactionTest {
    @Test
    void shouldMaskBuildArgumentValuesButKeepTheCommand() {
        String token = PlantedSecrets.npmToken();

        String redacted = HistoryRedaction.redact("RUN |2 NPM_TOKEN=" + token + " VERSION=1.2 /bin/sh -c npm ci");

        assertThat(redacted).isEqualTo("RUN |2 NPM_TOKEN=*** VERSION=*** /bin/sh -c npm ci");
    }

    @Test
    void shouldMaskEnvValuesInBothForms() {
        assertThat(HistoryRedaction.redact("/bin/sh -c #(nop)  ENV API_KEY=abc123 MODE=\"a b\""))
                .isEqualTo("/bin/sh -c #(nop)  ENV API_KEY=*** MODE=***");
        assertThat(HistoryRedaction.redact("ENV TOKEN s3cr3t-value # buildkit"))
                .isEqualTo("ENV TOKEN *** # buildkit");
    }

    @Test
    void shouldMaskInlineCredentials() {
        String password = PlantedSecrets.password();

        assertThat(HistoryRedaction.redact("RUN curl -u admin:" + password + " https://x.internal/a"))
                .isEqualTo("RUN curl -u *** https://x.internal/a");
        assertThat(HistoryRedaction.redact("RUN git clone https://bot:" + password + "@git.internal/r.git"))
                .isEqualTo("RUN git clone https://bot:***@git.internal/r.git");
    }

    @Test
    void shouldMaskHighEntropyWordsAnywhere() {
        String token = PlantedSecrets.githubToken();

        assertThat(HistoryRedaction.redact("RUN echo " + token + " > /root/.token")).doesNotContain(token)
                .contains("RUN echo *** > /root/.token");
    }

    @Test
    void shouldLeaveOrdinaryCommandsReadable() {
        String line = "RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates";

        assertThat(HistoryRedaction.redact(line)).isEqualTo(line);
    }
}
