package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.provenance.DocReader;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the commands' input files. Every file must be a regular file (a FIFO or a device such as {@code /dev/zero}
 * would hang the command or fill its heap) and is read with a documented size limit; both failures are one line
 * naming the file as the user typed it.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Checks that {@code file} exists and is a regular file; {@code what} names it in the message. */
    static Path regular(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " " + file + " is not a regular file");
        }
        return file;
    }

    /** The bytes of a regular file of at most {@code limit} bytes. */
    static byte[] read(Path file, long limit, String what) throws IOException {
        try (InputStream in = Files.newInputStream(regular(file, what))) {
            // Read one byte more than allowed: a file that grows while it is read is still caught.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new IllegalArgumentException(what + " " + file + " is larger than " + limit + " bytes");
            }
            return bytes;
        }
    }

    /** The bytes of a YAML or JSON governance file (policy, waivers, ownership, approvals, rotations). */
    static byte[] document(Path file) throws IOException {
        return read(file, DocReader.MAX_BYTES, "file");
    }

    /** The name used in messages: the path as given on the command line. */
    static String source(Path file) {
        return file.toString();
    }

    /** A JSON scan report; a missing, unreadable or malformed report is an exception with a one-line message. */
    static ScanReport report(Path file) {
        return new JsonReportReader().read(file);
    }
}
