package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule against hostile 1 MB lines: RE2/J is linear, so every scan simply finishes. */
class AdversarialInputTest {
    private static final int SIZE = 1_000_000;

    static Stream<Rule> rules() {
        return RuleSet.builtIn().rules().stream();
    }

    /** Lines built from the rule's own keywords, repeated, plus classic backtracking bait. */
    private static List<String> hostileLines(Rule rule) {
        List<String> lines = new ArrayList<>();
        lines.add("a".repeat(SIZE));
        String keywords = String.join("", rule.keywords());
        String first = rule.keywords().isEmpty() ? "password" : rule.keywords().get(0);
        lines.add(repeatTo(keywords + "a"));
        lines.add(repeatTo(first + "=\"a"));
        lines.add(repeatTo(first + ": " + "A1b2"));
        lines.add(repeatTo("-----BEGIN PRIVATE KEY-----"));
        lines.add(repeatTo("https://a:b@"));
        return lines;
    }

    private static String repeatTo(String unit) {
        return unit.repeat(SIZE / unit.length() + 1);
    }

    @ParameterizedTest
    @MethodSource("rules")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void shouldFinishWhenLineIsHostile(Rule rule) throws IOException {
        SecretDetector single = SecretDetector.create(RuleSet.of("one", List.of(rule)), KnownSecrets.none());
        List<DetectedSecret> found = new ArrayList<>();

        for (String line : hostileLines(rule)) {
            single.scanFile(Detections.fileLocation("/x/" + rule.id()), new ByteArrayInputStream(
                    (line + "\n").getBytes(StandardCharsets.US_ASCII)), found::add);
        }

        assertThat(found).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(rule.id()));
    }
}
