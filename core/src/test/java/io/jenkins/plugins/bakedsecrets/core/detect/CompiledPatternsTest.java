package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class CompiledPatternsTest {
    @Test
    void shouldCompileOnceWhenTheSameRegexIsAskedAgain() {
        Pattern first = CompiledPatterns.of("compiled-once-[0-9]+");

        assertThat(CompiledPatterns.of("compiled-once-[0-9]+")).isSameAs(first);
        assertThat(first.matcher("compiled-once-42").matches()).isTrue();
    }

    @Test
    void shouldShareTheRulesPatternWithTheDetector() {
        Rule rule = RuleSet.builtIn().byId("aws-access-key-id").orElseThrow();

        assertThat(new CompiledRule(rule).pattern()).isSameAs(CompiledPatterns.of(rule.regex()));
    }

    @Test
    void shouldStayBoundedWhenManyRegexesAreCompiled() {
        Pattern early = CompiledPatterns.of("bounded-early");
        for (int i = 0; i <= CompiledPatterns.LIMIT; i++) {
            CompiledPatterns.of("bounded-" + i);
        }

        assertThat(CompiledPatterns.of("bounded-early")).isNotSameAs(early);
    }

    @Test
    void shouldRejectWhatRe2jRejects() {
        assertThatThrownBy(() -> CompiledPatterns.of("(?<=lookbehind)x")).isInstanceOf(PatternSyntaxException.class);
        assertThatThrownBy(() -> Rule.builder("bad-regex", "Bad", io.jenkins.plugins.bakedsecrets.core.finding
                .Severity.LOW).keywords("x").regex("(?<=x)y").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RE2/J rejects");
    }
}
