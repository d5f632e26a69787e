package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Regenerates the spec part of the frozen corpus; runs only with {@code -Dcorpus.regenerate=spec}. */
class SpecCorpusGeneratorTest {
    @Test
    @EnabledIfSystemProperty(named = "corpus.regenerate", matches = "spec")
    void shouldWriteSpecCorpusWhenRegenerationRequested() throws IOException {
        Path root = Path.of("src", "test", "resources", "corpus");

        new SpecCorpus(root).generate();

        assertThat(Files.readAllLines(root.resolve(SpecCorpus.MANIFEST)).size()).isGreaterThan(200);
    }
}
