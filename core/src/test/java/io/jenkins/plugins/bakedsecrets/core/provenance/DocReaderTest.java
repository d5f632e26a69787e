package io.jenkins.plugins.bakedsecrets.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocReaderTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRecordPositionsOfNodes() {
        DocNode root = DocReader.read("f.yaml", utf8("a: 1\nlist:\n  - x\n  - {b: true}\n"));

        DocNode.Fields f = root.fields("a", "list");
        assertThat(f.require("a").where()).isEqualTo("f.yaml:1:4");
        assertThat(f.require("list").items().get(1).where()).isEqualTo("f.yaml:4:5");
        assertThat(f.require("list").items().get(1).fields("b").require("b").bool()).isTrue();
    }

    @Test
    void shouldRejectAliases() {
        assertThatThrownBy(() -> DocReader.read("f.yaml", utf8("a: &x [1, 2]\nb: *x\n")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("f.yaml:2:4: YAML aliases are not supported");
    }

    @Test
    void shouldRejectSecondDocument() {
        assertThatThrownBy(() -> DocReader.read("f.yaml", utf8("a: 1\n---\nb: 2\n")))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("f.yaml:")
                .hasMessageEndingWith(": only one document is allowed");
    }

    @Test
    void shouldReadNodesOrFailWithOneLineDocumentErrorOnGarbage() {
        Random random = new Random(20250601L);
        String alphabet = "ab:- \n\t{}[],\"'&*!|>#%@`0123456789";
        for (int run = 0; run < 2000; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = b.toString();
            try {
                assertThat(DocReader.read("g.yaml", utf8(input))).isNotNull();
            } catch (DocumentException e) {
                assertThat(e.getMessage()).as(input).startsWith("g.yaml").doesNotContain("\n");
            }
        }
    }
}
