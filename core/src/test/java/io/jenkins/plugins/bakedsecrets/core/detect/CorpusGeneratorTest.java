package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the frozen corpus: its first part with {@code -Dcorpus.regenerate=true}, its second (spec) part with
 * {@code -Dcorpus.regenerate=spec}. Neither runs otherwise: the corpus is committed.
 */
class CorpusGeneratorTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "corpus");

    @Test
    @EnabledIfSystemProperty(named = "corpus.regenerate", matches = "true")
    void shouldWriteCorpusWhenRegenerationRequested() throws IOException {
        new CorpusGenerator(ROOT).generate();

        assertThat(Files.readAllLines(ROOT.resolve(CorpusGenerator.MANIFEST)).size()).isGreaterThan(600);
    }

    @Test
    @EnabledIfSystemProperty(named = "corpus.regenerate", matches = "spec")
    void shouldWriteSpecCorpusWhenRegenerationRequested() throws IOException {
        new SpecCorpus(ROOT).generate();

        assertThat(Files.readAllLines(ROOT.resolve(SpecCorpus.MANIFEST)).size()).isGreaterThan(500);
    }
}
