package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.Summary;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Writes a scan report as the JSON documented by {@code docs/report-schema.json}. It streams, so reports with
 * hundreds of thousands of findings need no intermediate tree; absent optional parts are omitted, never null.
 * With {@link Suppressions} from a waiver file, suppressed findings stay listed and carry a {@code suppression} mark,
 * {@code summary.suppressed} counts them and a {@code waivers} section lists expired and uncounted waivers; without,
 * none of these fields is written.
 */
public final class JsonReportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Suppressions suppressions;

    /** A writer of bare scan reports, without suppression marks. */
    public JsonReportWriter() {
        this(Suppressions.NONE);
    }

    /** A writer that marks the findings the suppressions cover and lists what the waivers did. */
    public JsonReportWriter(Suppressions suppressions) {
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
    }

    /** Writes the report as UTF-8 JSON; the stream is flushed, not closed. */
    public void write(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(report, suppressions, g);
        }
    }

    /** Writes the report to a generator the caller owns (used to embed it in other documents). */
    static void write(ScanReport report, Suppressions suppressions, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", report.schemaVersion());
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", report.tool().name());
        g.writeStringField("version", report.tool().version());
        g.writeStringField("rulesVersion", report.tool().rulesVersion());
        g.writeEndObject();
        g.writeStringField("keyId", report.keyId());
        g.writeArrayFieldStart("targets");
        for (TargetInfo t : report.targets()) {
            writeTarget(t, g);
        }
        g.writeEndArray();
        writeCoverage(report, g);
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            writeFinding(f, suppressions, g);
        }
        g.writeEndArray();
        boolean applied = suppressions.applied();
        int suppressed = suppressions.suppressedCount(report.findings());
        writeSummary(report.summary(), applied ? OptionalInt.of(suppressed) : OptionalInt.empty(), g);
        if (applied) {
            SuppressionJson.section(suppressions, suppressed, g);
        }
        g.writeEndObject();
    }

    private static void writeTarget(TargetInfo t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", t.type());
        g.writeStringField("reference", t.reference());
        optional(g, "imageId", t.imageId());
        optional(g, "manifestDigest", t.manifestDigest());
        optional(g, "platform", t.platform());
        g.writeArrayFieldStart("layers");
        for (LayerInfo l : t.layers()) {
            g.writeStartObject();
            g.writeNumberField("index", l.index());
            g.writeStringField("digest", l.digest());
            g.writeStringField("diffId", l.diffId());
            g.writeStringField("mediaType", l.mediaType());
            g.writeNumberField("size", l.size());
            optional(g, "createdBy", l.createdBy());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("annotations");
        // Sorted so that equal reports give equal bytes.
        for (Map.Entry<String, String> e : new TreeMap<>(t.annotations()).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (t.exposure().isPresent()) {
            g.writeObjectFieldStart("exposure");
            g.writeStringField("anonymousPull", t.exposure().get().anonymousPullId());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeCoverage(ScanReport report, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("coverage");
        g.writeBooleanField("complete", report.coverage().isEmpty());
        g.writeArrayFieldStart("gaps");
        for (CoverageGap gap : report.coverage()) {
            g.writeStartObject();
            g.writeStringField("reason", gap.reason().id());
            g.writeNumberField("target", gap.target());
            optional(g, "layerIndex", gap.layerIndex());
            optional(g, "path", gap.path());
            g.writeStringField("detail", gap.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(Finding f, Suppressions suppressions, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("findingId", f.findingId());
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("title", f.title());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("target", f.target());
        g.writeFieldName("location");
        writeLocation(f.location(), g);
        g.writeStringField("secretFingerprint", f.secretFingerprint());
        g.writeStringField("redacted", f.redacted());
        if (f.validated().isPresent()) {
            g.writeBooleanField("validated", f.validated().get());
        }
        if (suppressions.of(f.findingId()).isPresent()) {
            SuppressionJson.mark(suppressions.of(f.findingId()).get(), g);
        }
        g.writeEndObject();
    }

    static void writeLocation(Location l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", l.kind().id());
        optional(g, "path", l.path());
        optional(g, "line", l.line());
        optional(g, "layerIndex", l.layerIndex());
        optional(g, "layerDigest", l.layerDigest());
        optional(g, "diffId", l.diffId());
        g.writeBooleanField("deleted", l.deleted());
        g.writeBooleanField("overwritten", l.overwritten());
        optional(g, "hiddenBy", l.hiddenBy());
        optional(g, "key", l.key());
        optional(g, "historyIndex", l.historyIndex());
        optional(g, "field", l.field());
        g.writeEndObject();
    }

    /** The summary counts every finding, suppressed or not; {@code suppressed} says how many of them are. */
    private static void writeSummary(Summary s, OptionalInt suppressed, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("total", s.total());
        g.writeObjectFieldStart("bySeverity");
        for (Severity sev : Severity.values()) {
            g.writeNumberField(sev.id(), s.bySeverity().getOrDefault(sev, 0));
        }
        g.writeEndObject();
        g.writeNumberField("coverageGaps", s.coverageGaps());
        optional(g, "suppressed", suppressed);
        g.writeEndObject();
    }

    static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    static void optional(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }
}
