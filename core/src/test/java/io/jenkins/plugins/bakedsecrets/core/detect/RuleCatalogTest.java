package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule finds a fresh real-format sample of its secret, at the right line, without leaking it. */
class RuleCatalogTest {
    static Stream<RuleSample> samples() {
        return RuleSample.catalogue();
    }

    @Test
    void shouldHaveSampleWhenRuleIsBuiltIn() {
        Set<String> sampled = samples().map(RuleSample::ruleId).collect(Collectors.toSet());

        assertThat(RuleSet.builtIn().rules()).extracting(Rule::id).allMatch(sampled::contains,
                "every rule has a sample");
        assertThat(sampled).allMatch(id -> RuleSet.builtIn().byId(id).isPresent(), "every sample has a rule");
        assertThat(RuleSet.builtIn().rules()).hasSizeGreaterThanOrEqualTo(350);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldFindSampleWhenWrittenToFile(RuleSample s) {
        List<DetectedSecret> found = Detections.inFile(s.filePath(), s.fileContent());

        Rule rule = RuleSet.builtIn().byId(s.ruleId()).orElseThrow();
        assertThat(found).as("rule ids").extracting(DetectedSecret::ruleId).contains(s.ruleId());
        DetectedSecret hit = found.stream().filter(d -> d.ruleId().equals(s.ruleId())).findFirst().orElseThrow();
        if (s.fileLine() == 0) {
            assertThat(hit.location().line()).isEmpty();
        } else {
            assertThat(hit.location().line()).hasValue(s.fileLine());
        }
        assertThat(hit.severity()).as("severity (validated %s)", hit.validated()).isEqualTo(rule.severity());
        assertThat(hit.validated()).isNotEqualTo(java.util.Optional.of(false));
        if (!s.secret().isEmpty()) {
            assertThat(hit.digest()).isEqualTo(SecretDigest.of(s.secret()));
        }
        assertNoLeak(found, s.secret());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldFindAssignableSampleWhenInEnvironmentValue(RuleSample s) {
        if (!s.assignable()) {
            return;
        }
        List<DetectedSecret> found = Detections.inKeyValue(s.name(), s.value());

        assertThat(found).extracting(DetectedSecret::ruleId).contains(s.ruleId());
        assertNoLeak(found, s.secret());
    }

    private static void assertNoLeak(List<DetectedSecret> found, String secret) {
        for (DetectedSecret d : found) {
            for (int i = 0; i + 5 <= secret.length(); i++) {
                assertThat(d.redacted().contains(secret.substring(i, i + 5))).as("preview leaks").isFalse();
            }
            if (!secret.isEmpty()) {
                assertThat(d.toString().contains(secret)).as("toString leaks").isFalse();
            }
        }
    }
}
