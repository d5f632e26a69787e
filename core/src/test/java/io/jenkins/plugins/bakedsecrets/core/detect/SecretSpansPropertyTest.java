package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.TextSpan;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Spans are character ranges of the text whatever it holds, and they cover a secret wherever it sits. */
class SecretSpansPropertyTest {
    private static final SecretDetector DETECTOR = SecretDetector.builtIn(KnownSecrets.none());

    @Property(tries = 300)
    void shouldGiveOrderedSpansInsideTheTextWhateverItHolds(@ForAll @StringLength(max = 300) String text) {
        List<TextSpan> spans = DETECTOR.secretSpans(text);

        assertThat(spans).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length())
                .isGreaterThan(s.start()));
        assertThat(TextSpan.merged(spans)).isEqualTo(spans);
    }

    @Property(tries = 300)
    void shouldCoverATokenWhenMultiByteTextSurroundsIt(@ForAll @StringLength(max = 40) String before,
                                                      @ForAll @StringLength(max = 40) String after) {
        String token = PlantedSecrets.githubToken();
        String text = before + " " + token + " " + after;

        String masked = Redaction.mask(text, DETECTOR.secretSpans(text));

        assertThat(masked).doesNotContain(token.substring(4, 12));
    }
}
