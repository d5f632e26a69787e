package io.jenkins.plugins.bakedsecrets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a command's text or JSON result to standard output, or atomically to a file. */
final class TextOutput {
    private TextOutput() {
    }

    /** Prints {@code content} to standard output. */
    static void print(String content, PrintWriter stdout) {
        stdout.print(content);
        stdout.flush();
    }

    /** Writes {@code content} to {@code file} (replacing it atomically), or to {@code stdout} when there is none. */
    static void write(String content, Path file, PrintWriter stdout) throws IOException {
        if (file == null) {
            print(content, stdout);
            return;
        }
        write(content.getBytes(StandardCharsets.UTF_8), file);
    }

    /** Writes bytes to a file atomically, so that a failure never leaves a partial file behind. */
    static void write(byte[] content, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            Files.write(temp, content);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
