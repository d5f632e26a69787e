package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.report.HtmlReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.SarifReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.TextReportWriter;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.FilterWriter;
import java.io.Writer;
import org.apache.commons.io.output.WriterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a report in the chosen format to a file (see {@link OutputFiles}) or to standard output. */
final class ReportOutput {
    private ReportOutput() {
    }

    static void write(ScanReport report, ReportFormat format, ReportContext context, Path file, PrintWriter stdout)
            throws IOException {
        if (file == null) {
            // Through picocli's writer, so that callers (and tests) that redirect output see the report.
            OutputStream out = WriterOutputStream.builder().setWriter(new NonClosingWriter(stdout))
                    .setCharset(StandardCharsets.UTF_8).get();
            render(report, format, context, out);
            out.close();
            stdout.flush();
            return;
        }
        OutputFiles.write(file, out -> render(report, format, context, out));
    }

    private static void render(ScanReport report, ReportFormat format, ReportContext context, OutputStream out)
            throws IOException {
        switch (format) {
            case json -> new JsonReportWriter(context.suppressions()).write(report, out);
            case sarif -> new SarifReportWriter(context.rules(), context.annotations()).write(report, out);
            case html -> new HtmlReportWriter(context.rules(), context.annotations()).write(report, out);
            case text -> new TextReportWriter(context.suppressions()).write(report, out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        if (format == ReportFormat.json) {
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Standard output must stay open for later messages. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
