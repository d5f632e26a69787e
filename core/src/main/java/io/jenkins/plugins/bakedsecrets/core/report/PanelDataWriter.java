package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the rows that {@code findings-panel.js} shows: one flat object per finding plus the rule help texts. The
 * standalone HTML report embeds this JSON; Jenkins serves the same JSON from the URL in {@code data-rows-url}.
 * The characters {@code < > &} and U+2028/U+2029 are always escaped, so the JSON is safe inside a script block.
 */
public final class PanelDataWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final RuleDescriptions rules;
    private final ReportAnnotations annotations;

    /** A writer using the given rule help and governance annotations. */
    public PanelDataWriter(RuleDescriptions rules, ReportAnnotations annotations) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
    }

    /** Writes the panel data as UTF-8 JSON; the stream is flushed, not closed. */
    public void write(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setCharacterEscapes(new ScriptSafeEscapes());
            write(report, g);
        }
    }

    private void write(ScanReport report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", 1);
        g.writeStringField("genericHelp", RuleDescriptions.GENERIC_HELP);
        List<PanelRow> rows = PanelRow.all(report, annotations);
        g.writeNumberField("total", rows.size());
        g.writeNumberField("waived", PanelRow.waivedCount(rows));
        kinds(report, g);
        g.writeArrayFieldStart("rows");
        Set<String> ruleIds = new LinkedHashSet<>();
        for (PanelRow row : rows) {
            ruleIds.add(row.finding().ruleId());
            row(row, g);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("rules");
        for (Finding f : report.findings()) {
            if (ruleIds.remove(f.ruleId())) {
                RuleDescription d = rules.describe(f.ruleId(), f.title());
                g.writeObjectFieldStart(d.id());
                g.writeStringField("title", d.title());
                g.writeStringField("description", d.description());
                g.writeStringField("help", d.help());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The kind filter's choices: every kind present, by id, in words, in the order of {@link LocationKind}. */
    private static void kinds(ScanReport report, JsonGenerator g) throws IOException {
        Set<LocationKind> present = EnumSet.noneOf(LocationKind.class);
        report.findings().forEach(f -> present.add(f.location().kind()));
        g.writeObjectFieldStart("kinds");
        for (LocationKind kind : present) {
            g.writeStringField(kind.id(), LocationWords.kindName(kind));
        }
        g.writeEndObject();
    }

    private static void row(PanelRow row, JsonGenerator g) throws IOException {
        Finding f = row.finding();
        Location l = f.location();
        g.writeStartObject();
        g.writeStringField("id", f.findingId());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("rank", f.severity().ordinal());
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("title", f.title());
        g.writeStringField("kind", l.kind().id());
        g.writeStringField("kindLabel", row.kindLabel());
        g.writeStringField("location", row.subject());
        g.writeStringField("where", Where.describe(l));
        g.writeStringField("target", row.target().reference());
        JsonReportWriter.optional(g, "path", l.path());
        JsonReportWriter.optional(g, "line", l.line());
        JsonReportWriter.optional(g, "layer", l.layerIndex());
        JsonReportWriter.optional(g, "createdBy", row.createdBy());
        JsonReportWriter.optional(g, "key", l.key().or(l::field));
        g.writeStringField("hidden", row.hidden());
        g.writeStringField("status", row.status());
        g.writeStringField("attribution", row.attribution());
        JsonReportWriter.optional(g, "justification", row.justification());
        g.writeStringField("validated", row.validated());
        g.writeStringField("redacted", f.redacted());
        g.writeStringField("fingerprint", f.secretFingerprint());
        g.writeStringField("shortFingerprint", Where.shortFingerprint(f.secretFingerprint()));
        g.writeEndObject();
    }

    /** Escapes the characters that could end or confuse an HTML script block or a JavaScript string. */
    static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
            ascii['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
