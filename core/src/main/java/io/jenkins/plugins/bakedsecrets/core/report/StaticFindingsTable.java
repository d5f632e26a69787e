package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report's findings table for readers without JavaScript (Jenkins serves archived HTML with scripts blocked): the
 * same columns and location cell as the panel script draws, with the remaining facts in a {@code <details>} element
 * that opens without any script. The script replaces it on load.
 */
final class StaticFindingsTable {
    /** Shown instead of a table when a scan found nothing; the header says what was scanned and what was not. */
    static final String NO_FINDINGS = "No findings: no secrets were found in what was scanned.";
    private static final String[][] COLUMNS = {{"bs-col-sev", "Severity"}, {"bs-col-rule", "Rule"},
        {"bs-col-loc", "Location"}, {"bs-col-layer", "Layer"}, {"bs-col-status", "Status"},
        {"bs-col-preview", "Preview"}};

    private StaticFindingsTable() {
    }

    /** Writes the table of all rows in report order, or the no-findings message when there are none. */
    static void write(List<PanelRow> rows, Html h) throws IOException {
        if (rows.isEmpty()) {
            h.element("p", "bs-static bs-empty", NO_FINDINGS);
            return;
        }
        h.raw("<div class=\"bs-static bs-table-wrap\"><table class=\"bs-table\"><caption>All ")
                .text(String.valueOf(rows.size())).raw(" findings, in report order</caption><thead><tr>");
        for (String[] c : COLUMNS) {
            h.element("th", c[0], c[1]);
        }
        h.raw("</tr></thead><tbody>\n");
        for (PanelRow row : rows) {
            row(row, h);
        }
        h.raw("</tbody></table></div>\n");
    }

    private static void row(PanelRow row, Html h) throws IOException {
        Finding f = row.finding();
        h.raw("<tr><td class=\"bs-col-sev\">")
                .element("span", "bs-badge bs-sev bs-sev-" + f.severity().id(),
                        f.severity().id().toUpperCase(Locale.ROOT))
                .raw("</td>").element("td", "bs-col-rule", f.ruleId());
        h.raw("<td class=\"bs-col-loc\">").element("div", "bs-loc-main", row.subject())
                .raw("<div class=\"bs-loc-kind\">").element("span", "bs-loc-label", row.kindLabel());
        if (!row.hidden().isEmpty()) {
            h.element("span", "bs-marker bs-hidden-marker", row.hidden());
        }
        if (row.waived()) {
            h.element("span", "bs-marker bs-waived-marker", FindingStatus.WAIVED.id());
        }
        h.raw("</div>");
        details(row, h);
        h.raw("</td>").element("td", "bs-col-layer", row.layer()).element("td", "bs-col-status", row.status())
                .element("td", "bs-col-preview bs-mono", f.redacted()).raw("</tr>\n");
    }

    private static void details(PanelRow row, Html h) throws IOException {
        Finding f = row.finding();
        h.raw("<details class=\"bs-more\"><summary>Details</summary><dl>");
        for (Map.Entry<String, Optional<String>> fact : List.of(
                Map.entry("Title", Optional.of(f.title())),
                Map.entry("Target", Optional.of(row.target().reference())),
                Map.entry("Layer created by", row.createdBy()),
                Map.entry("Waiver justification", row.justification()),
                Map.entry("Attribution", nonEmpty(row.attribution())),
                Map.entry("Validated", nonEmpty(row.validated())),
                Map.entry("Fingerprint", Optional.of(f.secretFingerprint())),
                Map.entry("Finding ID", Optional.of(f.findingId())))) {
            if (fact.getValue().isPresent()) {
                h.element("dt", "", fact.getKey()).element("dd", "", fact.getValue().get());
            }
        }
        h.raw("</dl></details>");
    }

    private static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
