package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Maps every failure to one line on stderr and exit code 2. Stack traces are never printed: they can carry paths
 * and values of the scanned content, and users need the cause, not the frames.
 */
final class Errors {
    private Errors() {
    }

    /**
     * Prints {@code baked-secrets: MESSAGE} as one line on stderr. Messages name files, paths in images and fields
     * of reports, so control characters are neutralised: they could drive the terminal or forge log lines.
     */
    static void line(PrintWriter err, String message) {
        err.println("baked-secrets: " + PrintableText.of(message));
    }

    /** Prints {@code baked-secrets: warning: MESSAGE} as one line on stderr. */
    static void warning(PrintWriter err, String message) {
        line(err, "warning: " + message);
    }

    /** The one-line message for any failure. */
    static String describe(Throwable e) {
        if (e instanceof ScanException || e instanceof IllegalArgumentException) {
            return firstLine(e.getMessage(), e);
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof IOException) {
            return "I/O error: " + firstLine(e.getMessage(), e);
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + firstLine(e.getMessage(), e);
    }

    private static String firstLine(String message, Throwable e) {
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Usage errors: one line with the hint where help is, exit 2. */
    static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            line(cmd.getErr(), firstLine(ex.getMessage(), ex) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.ERROR;
        }
    }

    /** Failures while running: one line, exit 2. */
    static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            line(cmd.getErr(), describe(ex));
            return ExitCodes.ERROR;
        }
    }
}
