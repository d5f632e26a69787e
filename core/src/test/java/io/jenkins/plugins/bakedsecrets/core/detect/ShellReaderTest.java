package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.read;
import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shell words as POSIX (and bash's {@code $'...'}) quote them; Dockerfile ENV and ARG. */
class ShellReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "export PASSWORD='ab#cd!ef'|ab#cd!ef",
        "PASSWORD=\"a\\$b\\\"c\\\\d\"|a$b\"c\\d",
        "PASSWORD=$'ab\\x41\\tcd'|abA\tcd",
        "PASSWORD=ab\\#cd\\ ef|ab#cd ef",
        "PASSWORD=ab#cd%^*|ab#cd%^*",
        "PASSWORD=pre'quoted part'\"and more\"|prequoted partand more",
        "declare -x TOKEN=abc|abc",
        "readonly TOKEN=abc; echo done|abc",
        "ENV API_TOKEN=\"t#k!\"|t#k!",
        "ARG TOKEN=x%y|x%y",
        "ENV API_TOKEN legacy form value|legacy form value"})
    void shouldReadWordWhenQuotedAsSpecified(String line, String expected) {
        assertThat(value(new ShellReader(), line)).isEqualTo(expected);
    }

    @Test
    void shouldReadEveryAssignmentWhenSeveralPrefixCommand() {
        assertThat(read(new ShellReader(), "A=1 B='2 3' cmd --flag")).extracting(Assignment::name,
                Assignment::value).containsExactly(tuple("A", "1"), tuple("B", "2 3"));
    }

    @Test
    void shouldMarkReferenceWhenValueExpands() {
        assertThat(read(new ShellReader(), "A=$(cat f)", "B=\"$HOME/x\"", "C=`id`", "D='$literal'", "E=\\$x"))
                .extracting(Assignment::literal).containsExactly(false, false, false, true, true);
    }

    @Test
    void shouldReadNothingWhenLineIsNoAssignment() {
        ShellReader reader = new ShellReader();

        assertThat(reader.read("echo PASSWORD=x", 1, new ArrayList<>())).isFalse();
        assertThat(reader.read("# PASSWORD=x", 2, new ArrayList<>())).isFalse();
        assertThat(reader.read("PASSWORD='unterminated", 3, new ArrayList<>())).isFalse();
    }
}
