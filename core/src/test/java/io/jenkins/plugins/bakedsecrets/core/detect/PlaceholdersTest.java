package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that stand for a secret: templates, masks, typed sequences and repeats; and what they are not. */
class PlaceholdersTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @ParameterizedTest
    @ValueSource(strings = {"<password>", "[PASSWORD]", "[your token here]", "${DB_PASSWORD}", "{{ .Values.token }}",
        "prefix-${SUFFIX}", "Bearer {{token}}", "user:<password>", "sk_live_xxx", "xxx-xxx-xxx", "changeme",
        "AIzaSyabcdefghijklmnopqrstuvwxyz1234567", "0123456789abcdef0123456789abcdef", "ZYXWVUTSRQPONM",
        "abababababab", "12341234123412341234", "aaaaaaaaaaaa", "ghp_1234567890abcdefghij"})
    void shouldRecogniseValueWhenItStandsForSecret(String value) {
        assertThat(Placeholders.isPlaceholder(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p<ss>w0rd!", "a[1]b", "Kx9#mQ2!vL7%pR4^zT8*", "abcdef12", "0123456",
        "deadbeefcafebabe", "xxxl-tshirt"})
    void shouldKeepValueWhenItOnlyResemblesPlaceholder(String value) {
        assertThat(Placeholders.isPlaceholder(value)).as(value).isFalse();
    }

    @RepeatedTest(20)
    void shouldKeepValueWhenRandom() {
        assertThat(Placeholders.isPlaceholder(g.hex(64))).isFalse();
        assertThat(Placeholders.isPlaceholder(g.alnum(40))).isFalse();
        assertThat(Placeholders.isPlaceholder(g.uuid())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl -u <user:password> https://api.example.com/v1",
        "curl --user name:[PASSWORD] https://api.internal/v1", "curl -u username:token https://api.internal/v1",
        "curl -u {user}:{password} https://api.internal", "curl -u admin:api_token https://x.internal",
        "const key = \"AIzaSyabcdefghijklmnopqrstuvwxyz1234567\";"})
    void shouldNotReportWhenDocumentationWritesPlaceholder(String line) {
        assertThat(Detections.inText(line)).isEmpty();
        assertThat(Detections.inFile("/app/README.txt", line + "\n")).isEmpty();
    }
}
