package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.security.SecureRandom;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule has a generated near miss (one character short, a public or sandbox sibling, a signature one
 * position off, a reference instead of a value) that it does not report, in a file and as a named value.
 */
class RuleNearMissTest {
    private static final SampleGen FRESH = new SampleGen(new SecureRandom());

    static Stream<RuleSample> nearMisses() {
        return NearMisses.all().stream().map(f -> f.apply(FRESH));
    }

    @Test
    void shouldHaveNearMissWhenRuleIsBuiltIn() {
        Set<String> misses = nearMisses().map(RuleSample::ruleId).collect(Collectors.toSet());

        assertThat(RuleSet.builtIn().rules()).extracting(Rule::id).allMatch(misses::contains,
                "every rule has a near miss");
        assertThat(misses).allMatch(id -> RuleSet.builtIn().byId(id).isPresent(), "every near miss has a rule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void shouldNotReportWhenValueMissesFormat(RuleSample s) {
        assertThat(Detections.inFile(s.filePath(), s.fileContent())).extracting(DetectedSecret::ruleId)
                .doesNotContain(s.ruleId());
        if (s.assignable()) {
            assertThat(Detections.inKeyValue(s.name(), s.value())).extracting(DetectedSecret::ruleId)
                    .doesNotContain(s.ruleId());
        }
    }
}
