package io.jenkins.plugins.bakedsecrets.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Objects;

/**
 * Writes the files a command produces. A regular file (or a new one) is written beside its target and moved into
 * place, so that a failure never leaves a partial file; a symbolic link keeps pointing at it. Anything else (a device
 * such as {@code /dev/stdout}, a FIFO, a link into {@code /proc/self/fd}) is written in place: replacing it would turn
 * a system file into a plain one and lose the output.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code file}. */
    static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("output " + file + " is a directory");
        }
        if (Files.exists(absolute) && (!Files.isRegularFile(absolute) || isSystemPath(absolute)
                || isSystemPath(absolute.toRealPath()))) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute,
                    StandardOpenOption.APPEND))) {
                content.writeTo(out);
            }
            return;
        }
        atomically(Files.exists(absolute) ? absolute.toRealPath() : absolute, content);
    }

    private static boolean isSystemPath(Path p) {
        return p.startsWith("/dev") || p.startsWith("/proc");
    }

    private static void atomically(Path target, Content content) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses to write {@code output} over a file this run reads (a report written over its own image archive,
     * policy or key file destroys the input). Inputs that do not exist are ignored: reading them fails on its own.
     */
    static void requireNotInput(String option, Path output, Collection<Path> inputs) throws IOException {
        Objects.requireNonNull(output, "output");
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            if (Files.exists(input) && (Files.isSameFile(output, input) || insideLayout(output, input))) {
                throw new IllegalArgumentException(option + " " + output + " is an input of this run ("
                        + input + "); write the output elsewhere");
            }
        }
    }

    /** Whether {@code output} is one of the files of an OCI layout directory (its index, marker or blobs). */
    private static boolean insideLayout(Path output, Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return false;
        }
        Path layout = input.toRealPath();
        Path real = output.toRealPath();
        return real.equals(layout.resolve("index.json")) || real.equals(layout.resolve("oci-layout"))
                || real.startsWith(layout.resolve("blobs"));
    }
}
