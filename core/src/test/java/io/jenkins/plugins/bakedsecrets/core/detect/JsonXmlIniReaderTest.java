package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.read;
import static io.jenkins.plugins.bakedsecrets.core.detect.FormatReaders.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** JSON strings (RFC 8259), XML text and attributes (XML 1.0 entities), INI and TOML values. */
class JsonXmlIniReaderTest {
    @Test
    void shouldUnescapeWhenJsonStringHasEscapes() {
        assertThat(value(new JsonReader(), "  \"password\": \"a\\\"b\\\\c\\/d\\u0041#!\",")).isEqualTo("a\"b\\c/dA#!");
    }

    @Test
    void shouldReadEveryMemberWhenJsonIsMinified() {
        assertThat(read(new JsonReader(), "{\"user\":\"app\",\"n\":5,\"list\":[\"x\",\"y\"],\"password\":\"p#1\"}"))
                .extracting(Assignment::name, Assignment::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user", "app"),
                        org.assertj.core.groups.Tuple.tuple("password", "p#1"));
        assertThat(new JsonReader().read("[\"a\", \"b\"]", 1, new ArrayList<>())).isFalse();
    }

    @Test
    void shouldDecodeEntitiesWhenXmlTextOrAttribute() {
        assertThat(value(new XmlReader(), "<password>a&amp;b&lt;c&#33;&#x41;</password>")).isEqualTo("a&b<c!A");
        assertThat(value(new XmlReader(), "<password><![CDATA[a<b&c]]></password>")).isEqualTo("a<b&c");
        assertThat(read(new XmlReader(), "<add key=\"DbPassword\" value=\"p&quot;x&apos;#\"/>"))
                .extracting(Assignment::name, Assignment::value)
                .contains(org.assertj.core.groups.Tuple.tuple("DbPassword", "p\"x'#"));
        assertThat(read(new XmlReader(), "<property name='db.password' value='v!'/>")).extracting(Assignment::name)
                .contains("db.password");
        assertThat(new XmlReader().read("<password>", 1, new ArrayList<>())).isFalse();
    }

    @Test
    void shouldTakeWholeValueWhenIniValueHasPunctuation() {
        assertThat(value(new IniReader(), "password = p#ss;w0rd!")).isEqualTo("p#ss;w0rd!");
        assertThat(value(new IniReader(), "password = p#ss ;comment")).isEqualTo("p#ss");
        assertThat(value(new IniReader(), "password: colon")).isEqualTo("colon");
        IniReader reader = new IniReader();
        assertThat(reader.read("; password = x", 1, new ArrayList<>())).isFalse();
        assertThat(reader.read("# password = x", 2, new ArrayList<>())).isFalse();
        assertThat(reader.read("[database]", 3, new ArrayList<>())).isFalse();
    }

    @Test
    void shouldUnescapeWhenTomlString() {
        assertThat(value(new IniReader(), "password = \"a\\\"b\\u0041\" # comment")).isEqualTo("a\"bA");
        assertThat(value(new IniReader(), "path = 'C:\\Users\\x'")).isEqualTo("C:\\Users\\x");
        assertThat(read(new IniReader(), "\"db.password\" = \"v\"")).extracting(Assignment::name)
                .containsExactly("db.password");
        assertThat(new IniReader().read("password = \"\"\"", 1, new ArrayList<>())).isFalse();
    }
}
