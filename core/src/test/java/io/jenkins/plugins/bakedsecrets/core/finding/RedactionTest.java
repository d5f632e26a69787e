package io.jenkins.plugins.bakedsecrets.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void shouldShowPrefixOnlyForLongValues() {
        assertThat(Redaction.preview("ghp_abcdefghijklmnopqrstuvwxyz0123456789")).isEqualTo("ghp_…(40)");
        assertThat(Redaction.preview("hunter2!")).isEqualTo("****(8)");
    }

    @Property
    void previewNeverContainsFiveConsecutiveCharactersOfTheValue(@ForAll @AlphaChars @NumericChars @Chars({'_', '-', '/', '+', '='}) @StringLength(min = 5, max = 200) String value) {
        String preview = Redaction.preview(value);
        for (int i = 0; i + 5 <= value.length(); i++) {
            assertThat(preview).doesNotContain(value.substring(i, i + 5));
        }
    }
}
