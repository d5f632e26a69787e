package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.Summary;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one self-contained HTML file: a header (targets, owner, approval, gate, counts with the waived count, coverage
 * gaps), a complete static findings table that reads without JavaScript ({@link StaticFindingsTable}), the panel data
 * as an escaped JSON block and the {@code findings-panel} script and style, which turn the table into a sortable,
 * filterable, paged view.
 */
public final class HtmlReportWriter {
    /** Class-path folder of the panel's script and style, which Jenkins can also serve as adjuncts. */
    static final String RESOURCES = "/io/jenkins/plugins/bakedsecrets/core/report/";

    private final RuleDescriptions rules;
    private final ReportAnnotations annotations;

    /** A writer using the given rule help and governance annotations. */
    public HtmlReportWriter(RuleDescriptions rules, ReportAnnotations annotations) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
    }

    /** Writes the HTML file as UTF-8; the stream is flushed, not closed. */
    public void write(ScanReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Html h = new Html(w);
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta name=\"referrer\" content=\"no-referrer\"><title>Baked secrets: ")
                .text(report.targets().isEmpty() ? "scan report" : report.targets().get(0).reference())
                .raw("</title>\n<style>\n").raw(resource("findings-panel.css", "</style")).raw("</style></head>\n")
                .raw("<body class=\"bs-report\">\n");
        List<PanelRow> rows = PanelRow.all(report, annotations);
        header(report, PanelRow.waivedCount(rows), h);
        h.raw("<div class=\"bs-findings\" id=\"bs-findings\" data-bs-findings=\"\" data-data-id=\"bs-data\"")
                .raw(" data-total=\"" + report.findings().size() + "\">\n");
        StaticFindingsTable.write(rows, h);
        h.raw("</div>\n<script type=\"application/json\" id=\"bs-data\">");
        w.flush();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        new PanelDataWriter(rules, annotations).write(report, data);
        out.write(data.toByteArray());
        h.raw("</script>\n<script>\n").raw(resource("findings-panel.js", "</script")).raw("</script>\n</body></html>\n");
        w.flush();
    }

    private void header(ScanReport report, long waived, Html h) throws IOException {
        h.raw("<header class=\"bs-header\"><h1>Secrets baked into the image</h1>\n<dl class=\"bs-facts\">");
        for (TargetInfo t : report.targets()) {
            fact(h, TargetInfo.CI_ENV.equals(t.type()) ? "CI environment" : "Image", t.reference());
            t.imageId().ifPresent(v -> fact(h, "Image ID", v));
            t.manifestDigest().ifPresent(v -> fact(h, "Manifest digest", v));
            t.platform().ifPresent(v -> fact(h, "Platform", v));
        }
        fact(h, "Owner", annotations.owner().orElse("not recorded"));
        fact(h, "Approval", annotations.approvalState().orElse("not recorded"));
        fact(h, "Gate", annotations.gateVerdict().orElse("not evaluated"));
        fact(h, "Rules version", report.tool().rulesVersion());
        fact(h, "Fingerprint key", report.keyId());
        h.raw("</dl>\n");
        if (!annotations.gateReasons().isEmpty()) {
            h.raw("<ul class=\"bs-gate-reasons\">");
            for (String reason : annotations.gateReasons()) {
                h.element("li", "", reason);
            }
            h.raw("</ul>\n");
        }
        counts(report.summary(), waived, h);
        gaps(report, h);
        h.raw("</header>\n");
    }

    private static void fact(Html h, String name, String value) {
        try {
            h.element("dt", "", name).element("dd", "", value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(Summary s, long waived, Html h) throws IOException {
        h.raw("<ul class=\"bs-counts\">");
        h.element("li", "bs-count-total", s.total() + " findings");
        h.element("li", "bs-count-waived", waived + " waived");
        for (Severity sev : Severity.values()) {
            h.element("li", "bs-sev bs-sev-" + sev.id(), s.bySeverity().getOrDefault(sev, 0) + " " + sev.id());
        }
        h.raw("</ul>\n");
    }

    private static void gaps(ScanReport report, Html h) throws IOException {
        if (report.coverage().isEmpty()) {
            h.element("p", "bs-coverage", "Coverage: complete.");
            return;
        }
        h.element("p", "bs-coverage bs-incomplete", "Coverage: incomplete; these parts were not scanned:");
        h.raw("<ul class=\"bs-gaps\">");
        for (CoverageGap g : report.coverage()) {
            h.element("li", "", g.reason().id()
                    + (g.layerIndex().isPresent() ? ", layer " + g.layerIndex().getAsInt() : "")
                    + g.path().map(p -> ", " + p).orElse("") + ": " + g.detail());
        }
        h.raw("</ul>\n");
    }

    /** Reads a panel resource, refusing one that could end the block it is inlined into. */
    static String resource(String name, String forbidden) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(Locale.ROOT).contains(forbidden)) {
                throw new IllegalStateException("resource " + name + " contains " + forbidden);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
