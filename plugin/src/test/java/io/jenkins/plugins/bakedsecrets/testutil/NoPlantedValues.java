package io.jenkins.plugins.bakedsecrets.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Asserts that planted values appear nowhere. Failure messages name the place and the value's index only, never the
 * value, so that a failing test does not print a secret either.
 */
public final class NoPlantedValues {
    private NoPlantedValues() {
    }

    /** Fails when {@code text} contains any of the values. */
    public static void in(String where, String text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            assertThat(text.contains(values.get(i))).as("%s contains planted value #%d", where, i).isFalse();
        }
    }

    /** Fails when any regular file under {@code directory} contains any of the values. */
    public static void inFilesUnder(Path directory, List<String> values) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                in(directory.relativize(file).toString(), text, values);
            }
        }
    }
}
