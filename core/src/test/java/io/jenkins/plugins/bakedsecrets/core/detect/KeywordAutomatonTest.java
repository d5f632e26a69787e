package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Aho-Corasick prefilter: every occurrence, overlapping and case-insensitive, with the right end offset. */
class KeywordAutomatonTest {
    private static List<String> hits(List<String> patterns, String text) {
        KeywordAutomaton automaton = new KeywordAutomaton(patterns.stream()
                .map(p -> p.getBytes(StandardCharsets.US_ASCII)).toList());
        byte[] data = ("##" + text).getBytes(StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        automaton.scan(data, 2, data.length - 2, (pattern, end) -> out.add(patterns.get(pattern) + "@" + end));
        return out;
    }

    @Test
    void shouldReportOverlappingPatternsWhenSuffixesShared() {
        assertThat(hits(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactlyInAnyOrder("she@6", "he@6", "hers@8");
    }

    @Test
    void shouldIgnoreAsciiCaseWhenMatching() {
        assertThat(hits(List.of("token", "ghp_"), "My_TOKEN=GHP_x")).containsExactly("token@10", "ghp_@15");
    }

    @Test
    void shouldReportNothingWhenNoPatternOccurs() {
        assertThat(hits(List.of("password"), "passwor d pass word \u00e9\u00ff")).isEmpty();
        assertThat(hits(List.of(), "anything")).isEmpty();
    }

    @Test
    void shouldReportEveryRepetitionWhenPatternRepeats() {
        assertThat(hits(List.of("aa"), "aaaa")).containsExactly("aa@4", "aa@5", "aa@6");
    }
}
