package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs {@link PrefilterBenchmark} when {@code -Dbench.prefilter=true} (bench/prefilter.sh); writes the table. */
class PrefilterBenchmarkTest {
    @Test
    @EnabledIfSystemProperty(named = "bench.prefilter", matches = "true")
    void shouldWriteThroughputTableWhenBenchmarkRequested() throws IOException {
        String table = PrefilterBenchmark.run();
        Path out = Path.of("target", "prefilter.md");
        Files.writeString(out, table);

        assertThat(table.lines()).hasSize(7);
    }

    @Test
    void shouldSynthesiseDistinctRulesWhenToppingUp() {
        assertThat(PrefilterBenchmark.rules(1000)).hasSize(1000).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(PrefilterBenchmark.synthetic(10, java.util.List.of())).hasSize(10);
    }
}
