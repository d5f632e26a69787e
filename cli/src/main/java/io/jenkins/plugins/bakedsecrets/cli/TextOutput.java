package io.jenkins.plugins.bakedsecrets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a command's text or JSON result to standard output or to a file (see {@link OutputFiles}). */
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

    /** Writes bytes to a file (see {@link OutputFiles}). */
    static void write(byte[] content, Path file) throws IOException {
        OutputFiles.write(file, out -> out.write(content));
    }
}
