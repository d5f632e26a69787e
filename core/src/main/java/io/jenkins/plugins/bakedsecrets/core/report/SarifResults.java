package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Serialises single SARIF results, each on its own, so that the writer can budget the file's size. */
final class SarifResults {
    /** The base URI id that stands for the root of the image's file system. */
    static final String IMAGE_ROOT = "IMAGEROOT";
    /** The partial fingerprint key under which results carry the finding id. */
    static final String FINGERPRINT_KEY = "bakedSecrets/findingId/v1";

    private final JsonFactory factory;
    private final Map<String, Integer> ruleIndex;
    private final ReportAnnotations annotations;
    private final List<TargetInfo> targets;

    SarifResults(JsonFactory factory, Map<String, Integer> ruleIndex, ReportAnnotations annotations,
                 List<TargetInfo> targets) {
        this.factory = factory;
        this.ruleIndex = ruleIndex;
        this.annotations = annotations;
        this.targets = targets;
    }

    /** The SARIF level of a severity. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** One result as UTF-8 JSON; nested archive entries are added to {@code artifacts}. */
    byte[] result(Finding f, SarifArtifacts artifacts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeNumberField("ruleIndex", ruleIndex.get(f.ruleId()));
            g.writeStringField("level", level(f.severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", message(f));
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            location(f.location(), artifacts, g);
            g.writeEndArray();
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField(FINGERPRINT_KEY, f.findingId());
            g.writeEndObject();
            governance(f, g);
            properties(f, g);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static String message(Finding f) {
        String hiding = Where.hiding(f.location());
        return PrintableText.of(f.title() + " in " + Where.describe(f.location())
                + (hiding.isEmpty() ? "" : " (" + hiding + ", still in the image)") + ": " + f.redacted());
    }

    private void location(Location l, SarifArtifacts artifacts, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        if (l.kind() == LocationKind.FILE && l.path().isPresent()) {
            String path = l.path().get();
            if (SarifArtifacts.isNested(path)) {
                g.writeStringField("uri", SarifArtifacts.innerUri(path));
                g.writeNumberField("index", artifacts.index(path));
            } else {
                g.writeStringField("uri", SarifUris.relative(path));
                g.writeStringField("uriBaseId", IMAGE_ROOT);
            }
        } else {
            // Config, environment and registry findings have no file; a fixed pseudo-path keeps them uploadable.
            g.writeStringField("uri", pseudoPath(l.kind()));
            g.writeStringField("uriBaseId", IMAGE_ROOT);
        }
        g.writeEndObject();
        if (l.line().isPresent()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line().getAsInt());
            g.writeEndObject();
        }
        g.writeEndObject();
        if (l.kind() != LocationKind.FILE) {
            logical(l, g);
        }
        g.writeEndObject();
    }

    static String pseudoPath(LocationKind kind) {
        return switch (kind) {
            case CI_ENV -> ".baked-secrets/ci-environment";
            case ATTESTATION -> ".baked-secrets/attestation";
            case ANNOTATION -> ".baked-secrets/image-manifest";
            case REGISTRY -> ".baked-secrets/registry";
            default -> ".baked-secrets/image-config";
        };
    }

    private static void logical(Location l, JsonGenerator g) throws IOException {
        String name = Where.describe(l);
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", PrintableText.of(name.substring(name.indexOf(' ') + 1)));
        g.writeStringField("fullyQualifiedName", PrintableText.of(name));
        g.writeStringField("kind", switch (l.kind()) {
            case ENV, CI_ENV -> "variable";
            case LABEL, CONFIG, ANNOTATION -> "property";
            default -> "resource";
        });
        g.writeEndObject();
        g.writeEndArray();
    }

    private void governance(Finding f, JsonGenerator g) throws IOException {
        var annotation = annotations.of(f.findingId());
        if (annotation.isEmpty()) {
            return;
        }
        switch (annotation.get().status()) {
            case NEW -> g.writeStringField("baselineState", "new");
            case OUTSTANDING -> g.writeStringField("baselineState", "unchanged");
            case WAIVED -> {
                g.writeArrayFieldStart("suppressions");
                g.writeStartObject();
                g.writeStringField("kind", "external");
                g.writeStringField("status", "accepted");
                if (annotation.get().justification().isPresent()) {
                    g.writeStringField("justification", annotation.get().justification().get());
                }
                g.writeEndObject();
                g.writeEndArray();
            }
        }
    }

    private void properties(Finding f, JsonGenerator g) throws IOException {
        Location l = f.location();
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("target", targets.get(f.target()).reference());
        g.writeStringField("locationKind", l.kind().id());
        JsonReportWriter.optional(g, "layerIndex", l.layerIndex());
        JsonReportWriter.optional(g, "layerDigest", l.layerDigest());
        JsonReportWriter.optional(g, "diffId", l.diffId());
        g.writeBooleanField("deleted", l.deleted());
        g.writeBooleanField("overwritten", l.overwritten());
        JsonReportWriter.optional(g, "hiddenBy", l.hiddenBy());
        g.writeStringField("redacted", f.redacted());
        g.writeStringField("secretFingerprint", f.secretFingerprint());
        if (f.validated().isPresent()) {
            g.writeBooleanField("validated", f.validated().get());
        }
        var attribution = annotations.of(f.findingId()).flatMap(FindingAnnotation::attribution);
        if (attribution.isPresent()) {
            g.writeStringField("attribution", attribution.get().id());
        }
        g.writeEndObject();
    }
}
