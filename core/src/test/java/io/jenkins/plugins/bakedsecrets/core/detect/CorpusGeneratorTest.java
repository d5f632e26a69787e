package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Regenerates the frozen corpus; runs only with {@code -Dcorpus.regenerate=true} (the corpus is committed). */
class CorpusGeneratorTest {
    @Test
    @EnabledIfSystemProperty(named = "corpus.regenerate", matches = "true")
    void shouldWriteCorpusWhenRegenerationRequested() throws IOException {
        Path root = Path.of("src", "test", "resources", "corpus");

        new CorpusGenerator(root).generate();

        assertThat(Files.readAllLines(root.resolve(CorpusGenerator.MANIFEST)).size()).isGreaterThan(600);
    }
}
