package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.read;
import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Java properties as {@code java.util.Properties.load(Reader)} documents them. */
class PropertiesReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Truth = Beauty|Beauty",
        "  Truth:Beauty|Beauty",
        "Truth                    :Beauty|Beauty",
        "db.password secret#9!x|secret#9!x",
        "db.password=ab#cd!ef%gh^ij*|ab#cd!ef%gh^ij*",
        "key=\\u0041bc\\tx|Abc\tx",
        "path=c:\\\\wiki\\\\templates|c:\\wiki\\templates",
        "a\\=b=c|c",
        "cheeses|~~"})
    void shouldReadValueWhenWrittenAsSpecified(String line, String expected) {
        assertThat(value(new PropertiesReader(), line)).isEqualTo(expected);
    }

    @Test
    void shouldUnescapeKeyWhenSeparatorIsEscaped() {
        assertThat(read(new PropertiesReader(), "key\\ with\\ spaces=x", "a\\=b=c")).extracting(Assignment::name)
                .containsExactly("key with spaces", "a=b");
    }

    @Test
    void shouldJoinLinesWhenBackslashEndsLine() {
        var read = read(new PropertiesReader(), "fruits                           apple, banana, pear, \\",
                "                                  cantaloupe, watermelon, \\", "                                  kiwi, mango",
                "next=1");

        assertThat(read).extracting(Assignment::name).containsExactly("fruits", "next");
        assertThat(read.get(0).value()).isEqualTo("apple, banana, pear, cantaloupe, watermelon, kiwi, mango");
        assertThat(read.get(0).line()).isEqualTo(1);
        assertThat(read.get(1).line()).isEqualTo(4);
    }

    @Test
    void shouldKeepBackslashWhenEscapedAtLineEnd() {
        assertThat(read(new PropertiesReader(), "a=x\\\\", "b=y")).extracting(Assignment::value)
                .containsExactly("x\\", "y");
    }

    @Test
    void shouldIgnoreCommentWhenHashOrBangStartsLine() {
        PropertiesReader reader = new PropertiesReader();

        assertThat(reader.read("# password=x \\", 1, new ArrayList<>())).isFalse();
        assertThat(reader.read("   ! password=x", 2, new ArrayList<>())).isFalse();
        assertThat(reader.open()).isFalse();
        assertThat(value(new PropertiesReader(), "password=x#y!z")).isEqualTo("x#y!z");
    }
}
