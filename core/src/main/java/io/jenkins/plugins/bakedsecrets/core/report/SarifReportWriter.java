package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a report as SARIF 2.1.0 with one run, for GitHub code scanning and other SARIF viewers. Results are ordered
 * most severe first and cut at the {@link SarifLimits}; a cut is always announced in the run's notifications and
 * properties. Messages carry redacted previews only.
 */
public final class SarifReportWriter {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final int MAX_GAP_NOTIFICATIONS = 50;
    private static final int MAX_NOTE_LENGTH = 400;
    /** Bytes kept free for the envelope, invocation and properties, which are written after the budget is spent. */
    private static final long RESERVE = 64 * 1024;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final RuleDescriptions rules;
    private final ReportAnnotations annotations;
    private final SarifLimits limits;

    /** A writer with GitHub's limits. */
    public SarifReportWriter(RuleDescriptions rules, ReportAnnotations annotations) {
        this(rules, annotations, SarifLimits.GITHUB);
    }

    /** A writer with other limits. */
    public SarifReportWriter(RuleDescriptions rules, ReportAnnotations annotations, SarifLimits limits) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Writes the report as UTF-8 SARIF; the stream is flushed, not closed. */
    public void write(ScanReport report, OutputStream out) throws IOException {
        List<Finding> sorted = new ArrayList<>(report.findings());
        sorted.sort(Comparator.comparing(Finding::severity)); // stable: equal severities keep report order
        SarifRules ruleTable = new SarifRules(sorted, rules);
        byte[] driver = driver(report, ruleTable);
        SarifResults serializer = new SarifResults(FACTORY, ruleTable.indexes(), annotations, report.targets());
        SarifArtifacts artifacts = new SarifArtifacts();
        List<byte[]> results = new ArrayList<>();
        long budget = limits.maxBytes() - driver.length - RESERVE;
        long used = 0;
        for (Finding f : sorted) {
            if (results.size() >= limits.maxResults()) {
                break;
            }
            int mark = artifacts.mark();
            byte[] result = serializer.result(f, artifacts);
            if (used + result.length + 1 + artifacts.bytes() > budget) {
                artifacts.rollback(mark);
                break;
            }
            used += result.length + 1;
            results.add(result);
        }
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            document(report, driver, artifacts, results, g);
        }
    }

    private byte[] driver(ScanReport report, SarifRules ruleTable) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", report.tool().name());
            g.writeStringField("version", report.tool().version());
            g.writeStringField("informationUri", "https://plugins.jenkins.io/baked-secrets/");
            ruleTable.write(g);
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private void document(ScanReport report, byte[] driver, SarifArtifacts artifacts, List<byte[]> results,
                          JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeFieldName("tool");
        g.writeRawValue(new String(driver, StandardCharsets.UTF_8));
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SarifResults.IMAGE_ROOT);
        g.writeStringField("uri", "file:///");
        g.writeObjectFieldStart("description");
        g.writeStringField("text", "The root of the scanned image's file system.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        artifacts.write(g);
        g.writeArrayFieldStart("results");
        for (byte[] r : results) {
            g.writeRawValue(new String(r, StandardCharsets.UTF_8));
        }
        g.writeEndArray();
        invocation(report, results.size(), g);
        properties(report, results.size(), g);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void invocation(ScanReport report, int written, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        int total = report.findings().size();
        if (written < total) {
            notification(g, "error", "bakedSecrets/results-truncated", "Only " + written + " of " + total
                    + " results are in this file (most severe first) because of the SARIF upload limits; "
                    + "the JSON report holds all findings.");
        }
        List<CoverageGap> gaps = report.coverage();
        for (int i = 0; i < Math.min(gaps.size(), MAX_GAP_NOTIFICATIONS); i++) {
            CoverageGap gap = gaps.get(i);
            String where = (gap.layerIndex().isPresent() ? " in layer " + gap.layerIndex().getAsInt() : "")
                    + gap.path().map(p -> " at " + p).orElse("");
            notification(g, "warning", "bakedSecrets/coverage-gap/" + gap.reason().id(),
                    shorten(PrintableText.of("Not scanned" + where + ": " + gap.detail())));
        }
        if (gaps.size() > MAX_GAP_NOTIFICATIONS) {
            notification(g, "warning", "bakedSecrets/coverage-gap/more", (gaps.size() - MAX_GAP_NOTIFICATIONS)
                    + " more coverage gaps are listed in the JSON report.");
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** Keeps notifications within the reserve that the size budget leaves for them. */
    private static String shorten(String text) {
        return text.length() <= MAX_NOTE_LENGTH ? text : text.substring(0, MAX_NOTE_LENGTH) + "…";
    }

    private static void notification(JsonGenerator g, String level, String id, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", id);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void properties(ScanReport report, int written, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("bakedSecrets/truncated", written < report.findings().size());
        g.writeNumberField("bakedSecrets/totalResults", report.findings().size());
        g.writeNumberField("bakedSecrets/writtenResults", written);
        g.writeStringField("bakedSecrets/keyId", report.keyId());
        g.writeStringField("bakedSecrets/rulesVersion", report.tool().rulesVersion());
        g.writeBooleanField("bakedSecrets/coverageComplete", report.coverage().isEmpty());
        if (annotations.gateVerdict().isPresent()) {
            g.writeStringField("bakedSecrets/gate", annotations.gateVerdict().get());
        }
        g.writeEndObject();
    }

    /** The rule table: every rule that has a finding, with the severity of its worst finding. */
    private static final class SarifRules {
        private final Map<String, Severity> worst = new LinkedHashMap<>();
        private final Map<String, String> titles = new LinkedHashMap<>();
        private final RuleDescriptions descriptions;

        SarifRules(List<Finding> findings, RuleDescriptions descriptions) {
            this.descriptions = descriptions;
            for (Finding f : findings) {
                worst.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                titles.putIfAbsent(f.ruleId(), f.title());
            }
        }

        Map<String, Integer> indexes() {
            Map<String, Integer> indexes = new LinkedHashMap<>();
            for (String id : worst.keySet()) {
                indexes.put(id, indexes.size());
            }
            return indexes;
        }

        void write(JsonGenerator g) throws IOException {
            g.writeArrayFieldStart("rules");
            for (Map.Entry<String, Severity> e : worst.entrySet()) {
                RuleDescription d = descriptions.describe(e.getKey(), titles.get(e.getKey()));
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("name", d.title());
                text(g, "shortDescription", d.title());
                text(g, "fullDescription", d.description());
                text(g, "help", d.help());
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", SarifResults.level(e.getValue()));
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("security-severity", securitySeverity(e.getValue()));
                g.writeArrayFieldStart("tags");
                for (String tag : tags(d)) {
                    g.writeString(tag);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static List<String> tags(RuleDescription d) {
            List<String> tags = new ArrayList<>(List.of("security", "secret"));
            d.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
            return tags;
        }

        private static void text(JsonGenerator g, String name, String text) throws IOException {
            g.writeObjectFieldStart(name);
            g.writeStringField("text", text);
            g.writeEndObject();
        }
    }

    /** GitHub's security-severity score of a severity, as the string SARIF properties carry. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }
}
