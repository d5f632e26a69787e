package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hit checks read off regexes: what they accept, what they refuse to read, and that they never hide a match. */
class FollowingRunTest {
    private static Optional<HitChecks.HitCheck> check(String regex, String keyword, String... keywords) {
        return FollowingRun.derive(regex, keyword, keywords.length == 0 ? List.of(keyword) : List.of(keywords));
    }

    /** Whether the check accepts the hit of {@code keyword} at its first occurrence in {@code line}. */
    private static boolean accepts(HitChecks.HitCheck check, String line, String keyword) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        int end = line.toLowerCase(Locale.ROOT).indexOf(keyword) + keyword.length();
        return check.accepts(b, end, b.length);
    }

    @Test
    void shouldRequireTheClassRunWhenKeywordStartsAToken() {
        HitChecks.HitCheck cio = check("\\b(cio[A-Za-z0-9]{32})\\b", "cio").orElseThrow();

        assertThat(accepts(cio, "token = cio" + "aB3".repeat(11), "cio")).isTrue();
        assertThat(accepts(cio, "a precious function", "cio")).isFalse();
        assertThat(accepts(cio, "cio" + "a".repeat(31), "cio")).as("one short, at the end of the line").isFalse();
    }

    @Test
    void shouldCheckLiteralsAfterTheKeywordIgnoringCase() {
        HitChecks.HitCheck mailchimp = check("\\b([0-9a-f]{32}-us[0-9]{1,2})\\b", "-us").orElseThrow();
        HitChecks.HitCheck pat = check("pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}\\b", "pat").orElseThrow();
        HitChecks.HitCheck sendgrid = check("\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})", "sg.").orElseThrow();

        assertThat(accepts(mailchimp, "0123456789abcdef0123456789abcdef-us12", "-us")).isTrue();
        assertThat(accepts(mailchimp, "run -usage", "-us")).isFalse();
        assertThat(accepts(pat, "the path to the file", "pat")).isFalse();
        assertThat(accepts(pat, "patAbCdEfGh123456.", "pat")).isTrue();
        assertThat(accepts(sendgrid, "SG.abcdefghijklmnopqrstuv.x", "sg.")).isTrue();
        assertThat(accepts(sendgrid, "sg.x", "sg.")).isFalse();
    }

    @Test
    void shouldTakeAlternativesOnlyWhenEveryOneIsAKeyword() {
        String aws = "\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b";

        assertThat(check(aws, "asia", "akia", "asia", "abia", "acca")).isPresent();
        assertThat(accepts(check(aws, "asia", "akia", "asia", "abia", "acca").orElseThrow(), "Asian food", "asia"))
                .isFalse();
        // Were ACCA no keyword, a match through it would have only other keywords' hits on its line to vouch for it.
        assertThat(check(aws, "asia", "akia", "asia", "abia")).isEmpty();
    }

    @Test
    void shouldEndTheKeywordInsideARunWhenEveryCharacterOfItsClassHasAKeyword() {
        String twilio = "SK[0-9a-f]{32}\\b";
        String[] hex = "0123456789abcdef".chars().mapToObj(c -> "sk" + (char) c).toArray(String[]::new);
        HitChecks.HitCheck ske = check(twilio, "ske", hex).orElseThrow();

        assertThat(accepts(ske, "SKe" + "0".repeat(31), "ske")).isTrue();
        assertThat(accepts(ske, "SKe" + "0".repeat(30), "ske")).as("the run is one short").isFalse();
        assertThat(accepts(ske, "she asked about the skeleton", "ske")).isFalse();
        // Without skf, a match through SKf would have no hit of its own: no check for the others either.
        assertThat(check(twilio, "ske", java.util.Arrays.copyOf(hex, 15))).isEmpty();
    }

    @Test
    void shouldStartTheKeywordInAOneCharacterClassWhenEveryCharacterHasAKeyword() {
        String azure = "([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})";
        String[] digits = "0123456789".chars().mapToObj(c -> (char) c + "q~").toArray(String[]::new);
        HitChecks.HitCheck sevenQ = check(azure, "7q~", digits).orElseThrow();

        assertThat(accepts(sevenQ, "abc7Q~" + "x".repeat(31), "7q~")).isTrue();
        assertThat(accepts(sevenQ, "abc7Q~ short", "7q~")).isFalse();
        assertThat(check(azure, "7q~", "7q~")).as("the other nine digits have no keyword").isEmpty();
        assertThat(check("[0-9]{2}Q~[a-z]{4}", "7q~", digits)).as("a class of two characters").isEmpty();
    }

    @Test
    void shouldFoldTheClassWhenTheRegexIgnoresCase() {
        HitChecks.HitCheck folded = check("(?i)token[a-f]{4}", "token").orElseThrow();

        assertThat(accepts(folded, "TOKENABCD", "token")).isTrue();
        assertThat(accepts(check("token[a-f]{4}", "token").orElseThrow(), "TOKENABCD", "token")).isFalse();
    }

    @Test
    void shouldCountEveryByteAboveAsciiAsInANegatedClass() {
        HitChecks.HitCheck negated = check("key[^\\s\"]{4}", "key").orElseThrow();

        assertThat(accepts(negated, "key\u00e9\u00e9\u00e9\u00e9", "key")).isTrue();
        assertThat(accepts(negated, "key \"ab", "key")).isFalse();
    }

    @Test
    void shouldGiveNoCheckWhenTheRegexIsBeyondWhatItReads() {
        assertThat(check("abc[0-9]{4}|other", "abc")).as("top-level alternation").isEmpty();
        assertThat(check("(?:abc)+[0-9]{4}", "abc")).as("quantified group").isEmpty();
        assertThat(check("abc?[0-9]{4}", "abc")).as("optional last letter").isEmpty();
        assertThat(check("abc\\x41[0-9]{4}", "abc")).as("hex escape").isEmpty();
        assertThat(check("abc[0-9]*", "abc")).as("a run that may be empty").isEmpty();
        assertThat(check("abc\\b[0-9]{4}", "abc")).as("an assertion in between").isEmpty();
        assertThat(check("abc[[:digit:]]{4}", "abc")).as("POSIX class").isEmpty();
        assertThat(check("x[0-9]{4}", "abc")).as("keyword not in the regex").isEmpty();
    }

    /** Samples of line rules with keywords (rules without any run on every line their path condition admits). */
    static Stream<RuleSample> samples() {
        return RuleSample.catalogue().filter(s -> {
            Rule rule = RuleSet.builtIn().byId(s.ruleId()).orElseThrow();
            return rule.kind() == RuleKind.LINE && !rule.keywords().isEmpty();
        });
    }

    /**
     * The property the checks rest on, over every rule's sample: on each line where the rule's regex matches, some
     * hit of one of its keywords passes that keyword's check, so the regex still runs there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldPassSomeHitOnEveryLineTheRegexMatches(RuleSample s) {
        Rule rule = RuleSet.builtIn().byId(s.ruleId()).orElseThrow();
        Pattern regex = Pattern.compile(rule.regex());
        for (String line : s.fileContent().split("\n", -1)) {
            if (regex.matcher(line).find()) {
                assertThat(passingHit(rule, line)).as("a hit that passes its check on: %s", s.ruleId()).isTrue();
            }
        }
    }

    private static boolean passingHit(Rule rule, String line) {
        String folded = line.toLowerCase(Locale.ROOT);
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        for (String k : rule.keywords()) {
            HitChecks.HitCheck check = HitChecks.forHit(rule, k);
            for (int at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1)) {
                if (check == null || check.accepts(b, at + k.length(), b.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void shouldCheckTheNoisiestShortKeywords() {
        for (String[] ruleAndKeyword : new String[][] {{"twilio-api-key", "ske"}, {"airtable-pat", "pat"},
                {"crates-io-token", "cio"}, {"mailchimp-api-key", "-us"}, {"aws-access-key-id", "asia"},
                {"azure-client-secret", "7q~"}}) {
            Rule rule = RuleSet.builtIn().byId(ruleAndKeyword[0]).orElseThrow();
            assertThat(HitChecks.forHit(rule, ruleAndKeyword[1])).as(ruleAndKeyword[0]).isNotNull();
        }
    }
}
