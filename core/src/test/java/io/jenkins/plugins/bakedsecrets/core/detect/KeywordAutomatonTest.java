package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The keyword prefilter: every occurrence, overlapping and case-insensitive, with the right end offset, in the order
 * an Aho-Corasick automaton reports them (by end, longer pattern first).
 */
class KeywordAutomatonTest {
    private static List<String> hits(List<String> patterns, String text) {
        KeywordAutomaton automaton = new KeywordAutomaton(patterns.stream()
                .map(p -> p.getBytes(StandardCharsets.ISO_8859_1)).toList());
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

    @Test
    void shouldReportLongerPatternFirstWhenTwoEndTogether() {
        assertThat(hits(List.of("ken", "token", "oken"), "a_token")).containsExactly("token@9", "oken@9", "ken@9");
    }

    @Test
    void shouldFindPatternsWhenTheyEndTheInput() {
        assertThat(hits(List.of("ab", "abc", "b", "c"), "xabc"))
                .containsExactly("ab@5", "b@5", "abc@6", "c@6");
    }

    @Property(tries = 300)
    void shouldAgreeWithNaiveSearchWhenInputIsArbitrary(@ForAll("patterns") List<String> patterns,
                                                        @ForAll("texts") String text) {
        assertThat(hits(patterns, text)).containsExactlyElementsOf(naive(patterns, text));
    }

    /** Without patterns shorter than three bytes the scan takes its one-lookup loop; it must find the same. */
    @Property(tries = 300)
    void shouldAgreeWithNaiveSearchWhenNoPatternIsShorterThanThree(@ForAll("longPatterns") List<String> patterns,
                                                                   @ForAll("texts") String text) {
        assertThat(hits(patterns, text)).containsExactlyElementsOf(naive(patterns, text));
    }

    @Test
    void shouldFindThreeBytePatternsWhateverTheFourthByte() {
        assertThat(hits(List.of("pat", "path"), "pat PAT\u0000pAt\u00ffpath"))
                .containsExactly("pat@5", "pat@9", "pat@13", "pat@17", "path@18");
    }

    @Provide
    Arbitrary<List<String>> longPatterns() {
        return Arbitraries.strings().withChars("abAB_-\u00e9\u0000x").ofMinLength(3).ofMaxLength(7)
                .list().ofMinSize(0).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.strings().withChars("abAB_-\u00e9\u0000x").ofMinLength(1).ofMaxLength(7)
                .list().ofMinSize(0).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abAB_-\u00e9\u0000xyz\u00c9").ofMaxLength(120);
    }

    /** Every occurrence ignoring ASCII case, by end, then longer first, then pattern id. */
    private static List<String> naive(List<String> patterns, String text) {
        String folded = asciiLower(text);
        List<int[]> found = new ArrayList<>();
        for (int id = 0; id < patterns.size(); id++) {
            String p = asciiLower(patterns.get(id));
            for (int at = folded.indexOf(p); at >= 0; at = folded.indexOf(p, at + 1)) {
                found.add(new int[] {at + p.length() + 2, p.length(), id});
            }
        }
        found.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[2], y[2]));
        return found.stream().map(f -> patterns.get(f[2]) + "@" + f[0]).toList();
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }
}
