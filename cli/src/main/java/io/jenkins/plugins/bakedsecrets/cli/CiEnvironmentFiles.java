package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.detect.CiEnvironment;
import io.jenkins.plugins.bakedsecrets.core.scan.CiEnvironmentInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code --ci-env FILE} (or standard input for {@code -}). */
final class CiEnvironmentFiles {
    private CiEnvironmentFiles() {
    }

    static Optional<CiEnvironmentInput> read(String file, boolean nulSeparated) throws IOException {
        if (file == null) {
            return Optional.empty();
        }
        if ("-".equals(file)) {
            return Optional.of(new CiEnvironmentInput("ci-env:stdin", CiEnvironment.parse(System.in, nulSeparated)));
        }
        try (InputStream in = Files.newInputStream(InputFiles.regular(Path.of(file), "CI environment file"))) {
            return Optional.of(new CiEnvironmentInput("ci-env:" + file, CiEnvironment.parse(in, nulSeparated)));
        }
    }
}
