package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every rule family satisfies: its sample is found with the right rule id and line, the rule is
 * registered, empty input gives nothing, decoys give nothing, and the report never shows the value.
 */
abstract class AbstractRuleContractTest {
    /** A planted secret: the file it sits in, the file's text, the 1-based line and the exact secret value. */
    record Sample(String path, String content, int line, String secret) {
    }

    /** A value that must not be reported, in the file it sits in. */
    record Decoy(String path, String content) {
    }

    abstract String ruleId();

    abstract Sample sample();

    abstract List<Decoy> decoys();

    @Test
    void shouldFindSampleWhenScanned() {
        Sample s = sample();
        List<DetectedSecret> found = Detections.inFile(s.path(), s.content());

        assertThat(found).as("rule ids").extracting(DetectedSecret::ruleId).contains(ruleId());
        DetectedSecret hit = found.stream().filter(d -> d.ruleId().equals(ruleId())).findFirst().orElseThrow();
        assertThat(hit.location().line()).hasValue(s.line());
        assertThat(hit.location().path()).contains(s.path());
        assertThat(hit.severity()).isEqualTo(RuleSet.builtIn().byId(ruleId()).orElseThrow().severity());
        if (!s.secret().isEmpty()) {
            assertThat(hit.digest()).isEqualTo(SecretDigest.of(s.secret()));
        }
    }

    @Test
    void shouldRegisterRuleWhenBuiltIn() {
        assertThat(RuleSet.builtIn().byId(ruleId())).isPresent();
    }

    @Test
    void shouldFindNothingWhenInputEmpty() {
        assertThat(Detections.inFile(sample().path(), "")).isEmpty();
        assertThat(Detections.inKeyValue("EMPTY", "")).isEmpty();
    }

    @Test
    void shouldIgnoreDecoysWhenScanned() {
        for (Decoy d : decoys()) {
            assertThat(Detections.ruleIds(Detections.inFile(d.path(), d.content())))
                    .as("decoy in %s", d.path()).isEmpty();
        }
    }

    @Test
    void shouldNotRevealValueWhenReported() {
        Sample s = sample();
        String secret = s.secret();
        for (DetectedSecret d : Detections.inFile(s.path(), s.content())) {
            for (int i = 0; i + 5 <= secret.length(); i++) {
                // Previews show at most four characters, so no five-character run of the value may appear.
                assertThat(d.redacted().contains(secret.substring(i, i + 5))).as("preview leaks").isFalse();
            }
            if (!secret.isEmpty()) {
                assertThat(d.toString().contains(secret)).as("toString leaks").isFalse();
            }
        }
    }
}
