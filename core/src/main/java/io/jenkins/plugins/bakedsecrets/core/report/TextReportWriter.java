package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.Summary;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a report as a plain-text table for terminals and build logs: one line per finding, then counts and
 * coverage gaps. Control characters from paths and keys are replaced so that they cannot drive the terminal.
 * Findings a waiver suppresses stay listed with a mark such as {@code [waived until 2026-12-31 by alice]}, and
 * expired or uncounted waivers are listed after the counts.
 */
public final class TextReportWriter {
    private static final int MAX_WIDTH = 60;
    private static final String[] HEADERS = {"SEVERITY", "RULE", "WHERE", "HIDDEN", "REDACTED", "FINGERPRINT"};
    private static final String WAIVER_HEADER = "WAIVER";

    private final Suppressions suppressions;

    /** A writer of bare scan reports. */
    public TextReportWriter() {
        this(Suppressions.NONE);
    }

    /** A writer that marks the findings the suppressions cover and lists what the waivers did. */
    public TextReportWriter(Suppressions suppressions) {
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
    }

    /** Writes the report as UTF-8 text; the stream is flushed, not closed. */
    public void write(ScanReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(report, w);
        w.flush();
    }

    /** Writes the report to a writer, which is not flushed or closed. */
    public void write(ScanReport report, Writer w) throws IOException {
        for (TargetInfo t : report.targets()) {
            w.write("Target: " + PrintableText.of(t.reference()) + t.imageId().map(id -> " (" + id + ")").orElse("")
                    + t.exposure().map(e -> ", anonymous pull: " + e.anonymousPullId()).orElse("") + "\n");
        }
        if (report.findings().isEmpty()) {
            w.write("No secrets found.\n");
        } else {
            boolean marks = report.findings().stream().anyMatch(suppressions::isSuppressed);
            String[] headers = marks ? Stream.concat(Stream.of(HEADERS), Stream.of(WAIVER_HEADER))
                    .toArray(String[]::new) : HEADERS;
            List<String[]> rows = report.findings().stream().map(f -> row(f, marks)).toList();
            int[] widths = widths(headers, rows);
            line(w, headers, widths);
            for (String[] row : rows) {
                line(w, row, widths);
            }
        }
        summary(w, report.summary());
        if (suppressions.applied()) {
            waivers(w, suppressions.suppressedCount(report.findings()));
        }
        gaps(w, report.coverage());
    }

    private String[] row(Finding f, boolean marks) {
        String[] cells = {f.severity().id().toUpperCase(Locale.ROOT), PrintableText.of(f.ruleId()),
            PrintableText.of(Where.describe(f.location())), Where.hiding(f.location()), PrintableText.of(f.redacted()),
            Where.shortFingerprint(f.secretFingerprint())};
        if (!marks) {
            return cells;
        }
        String mark = suppressions.of(f.findingId()).map(s -> "[" + PrintableText.of(s.mark()) + "]").orElse("");
        return Stream.concat(Stream.of(cells), Stream.of(mark)).toArray(String[]::new);
    }

    private void waivers(Writer w, int suppressed) throws IOException {
        w.write(suppressed + (suppressed == 1 ? " finding" : " findings") + " suppressed by waivers"
                + suppressions.source().map(s -> " from " + PrintableText.of(s)).orElse("")
                + " (still listed, marked)\n");
        for (String warning : suppressions.warnings()) {
            w.write("  warning: " + PrintableText.of(warning) + "\n");
        }
    }

    private static int[] widths(String[] headers, List<String[]> rows) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], row[i].length()));
            }
        }
        return widths;
    }

    private static void line(Writer w, String[] cells, int[] widths) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(Math.max(1, widths[i] - cells[i].length() + 2)));
            }
        }
        w.write(b.toString().stripTrailing());
        w.write('\n');
    }

    private static void summary(Writer w, Summary s) throws IOException {
        StringBuilder b = new StringBuilder("\n").append(s.total()).append(s.total() == 1 ? " finding" : " findings");
        String sep = ": ";
        for (Severity sev : Severity.values()) {
            b.append(sep).append(sev.id()).append(' ').append(s.bySeverity().getOrDefault(sev, 0));
            sep = ", ";
        }
        w.write(b.append('\n').toString());
    }

    private static void gaps(Writer w, List<CoverageGap> gaps) throws IOException {
        if (gaps.isEmpty()) {
            w.write("Coverage: complete\n");
            return;
        }
        w.write("Coverage: " + gaps.size() + (gaps.size() == 1 ? " gap" : " gaps") + " (not scanned)\n");
        for (CoverageGap g : gaps) {
            String where = (g.layerIndex().isPresent() ? " layer " + g.layerIndex().getAsInt() : "")
                    + g.path().map(p -> " " + p).orElse("");
            w.write("  " + g.reason().id() + PrintableText.of(where) + ": " + PrintableText.of(g.detail()) + "\n");
        }
    }
}
