package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.provenance.DocReader;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the governance command's input files with a size bound, naming each file as the user typed it. */
final class InputFiles {
    private InputFiles() {
    }

    /** The bytes of a YAML or JSON governance file; a file over the parser's limit is refused before reading. */
    static byte[] document(Path file) throws IOException {
        if (Files.size(file) > DocReader.MAX_BYTES) {
            throw new IllegalArgumentException(file + ": larger than " + DocReader.MAX_BYTES + " bytes");
        }
        return Files.readAllBytes(file);
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
