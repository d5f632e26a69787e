package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.read;
import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML 1.2 scalars in block mappings: plain, single- and double-quoted, literal and folded blocks. */
class YamlReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "password: pl@in#value!|pl@in#value!",
        "password: plain #comment|plain",
        "password: \"dq\\\"esc\\u0041\\x42\"|dq\"escAB",
        "password: 'it''s # not a comment'|it's # not a comment",
        "- password: item|item",
        "  - - password: nested|nested",
        "password: !!str tagged|tagged",
        "password: &anchor anchored|anchored",
        "\"quoted key\": v|v",
        "'single key': v|v"})
    void shouldReadScalarWhenWrittenAsSpecified(String line, String expected) {
        assertThat(value(new YamlReader(), line)).isEqualTo(expected);
    }

    @Test
    void shouldReadBlockScalarWhenLinesFollowMoreIndented() {
        var read = read(new YamlReader(), "db:", "  password: |", "    L1t#eral", "  token: >-", "    folded",
                "    words", "  user: app");

        assertThat(read).extracting(Assignment::name).containsExactly("password", "token", "user");
        assertThat(read).extracting(Assignment::value).containsExactly("L1t#eral", "folded words", "app");
        assertThat(read).extracting(Assignment::line).containsExactly(3, 5, 7);
    }

    @Test
    void shouldReadBlockScalarWhenInputEndsInsideIt() {
        assertThat(read(new YamlReader(), "key: |+", "  last#line")).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo("last#line"));
    }

    @Test
    void shouldMarkAliasWhenValueRefersToAnchor() {
        assertThat(read(new YamlReader(), "password: *shared")).singleElement()
                .satisfies(a -> assertThat(a.literal()).isFalse());
    }

    @Test
    void shouldReadNothingWhenLineHoldsNoScalar() {
        YamlReader reader = new YamlReader();

        assertThat(reader.read("# password: x", 1, new ArrayList<>())).isFalse();
        assertThat(reader.read("db:", 2, new ArrayList<>())).isFalse();
        assertThat(reader.read("password: {a: b}", 3, new ArrayList<>())).isFalse();
        assertThat(reader.read("password: \"unterminated", 4, new ArrayList<>())).isFalse();
        assertThat(reader.read("- just an item", 5, new ArrayList<>())).isFalse();
    }
}
