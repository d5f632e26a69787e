package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the fingerprint key: a key file, else the environment variable, else a key generated for this run. */
final class FingerprintKeys {
    private static final int MAX_KEY_FILE_BYTES = 4096;

    private FingerprintKeys() {
    }

    /** The key and, for a generated one, a warning that its fingerprints compare only within this report. */
    record Loaded(FingerprintKey key, Optional<String> warning) {
    }

    static Loaded load(Path file, Map<String, String> environment) throws IOException {
        if (file != null) {
            byte[] raw = InputFiles.read(file, MAX_KEY_FILE_BYTES, "fingerprint key file");
            return new Loaded(fromText(raw, "fingerprint key file " + file), Optional.empty());
        }
        String fromEnv = environment.get(FingerprintKey.ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Loaded(fromText(fromEnv.getBytes(StandardCharsets.UTF_8),
                    "$" + FingerprintKey.ENVIRONMENT_VARIABLE), Optional.empty());
        }
        return new Loaded(FingerprintKey.generate(), Optional.of("no fingerprint key given (--fingerprint-key-file or $"
                + FingerprintKey.ENVIRONMENT_VARIABLE + "): fingerprints are comparable only within this report"));
    }

    /** Trailing newlines are not part of a key typed into a file. */
    private static FingerprintKey fromText(byte[] raw, String what) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        byte[] key = java.util.Arrays.copyOf(raw, end);
        try {
            return FingerprintKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }
}
