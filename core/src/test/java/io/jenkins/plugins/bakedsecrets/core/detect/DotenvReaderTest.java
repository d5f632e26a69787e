package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.read;
import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dotenv values as the Compose {@code env_file} specification defines them; one case per rule of it. */
class DotenvReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "VAR=VAL|VAL",
        "VAR=\"VAL\"|VAL",
        "VAR='VAL'|VAL",
        "VAR=VAL # comment|VAL",
        "VAR=VAL# not a comment|VAL# not a comment",
        "VAR=\"VAL # not a comment\"|VAL # not a comment",
        "VAR=\"VAL\" # comment|VAL",
        "VAR='$OTHER'|$OTHER",
        "VAR='Let\\'s go!'|Let's go!",
        "VAR=\"{\\\"hello\\\": \\\"json\\\"}\"|{\"hello\": \"json\"}",
        "VAR='some\\tvalue'|some\\tvalue",
        "VAR=some\\tvalue|some\\tvalue",
        "export DB_PASSWORD=Kx9#mQ2!vL7%pR4^zT8*|Kx9#mQ2!vL7%pR4^zT8*",
        "  SPACED = p@ss#w0rd   |p@ss#w0rd"})
    void shouldReadValueWhenWrittenAsSpecified(String line, String expected) {
        assertThat(value(new DotenvReader(), line)).isEqualTo(expected);
    }

    @Test
    void shouldUnescapeWhenDoubleQuoted() {
        assertThat(value(new DotenvReader(), "VAR=\"some\\tvalue\"")).isEqualTo("some\tvalue");
    }

    @Test
    void shouldMarkReferenceWhenInterpolated() {
        assertThat(read(new DotenvReader(), "A=${OTHER}", "B=\"pre$OTHER\"", "C='${OTHER}'", "D=\\$notref"))
                .extracting(Assignment::literal).containsExactly(false, false, true, true);
    }

    @Test
    void shouldReadNothingWhenLineIsNoAssignment() {
        DotenvReader reader = new DotenvReader();

        assertThat(reader.read("# PASSWORD=commented", 1, new ArrayList<>())).isFalse();
        assertThat(reader.read("", 2, new ArrayList<>())).isFalse();
        assertThat(reader.read("VAR=\"unterminated", 3, new ArrayList<>())).isFalse();
        assertThat(reader.read("just words", 4, new ArrayList<>())).isFalse();
    }
}
