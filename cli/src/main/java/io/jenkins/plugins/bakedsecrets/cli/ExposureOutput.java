package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.provenance.Exposure;
import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureIndex;
import io.jenkins.plugins.bakedsecrets.core.provenance.RotationMark;
import io.jenkins.plugins.bakedsecrets.core.provenance.Sighting;

/** Renders an exposure index as text (short fingerprints) or JSON (full fingerprints). */
final class ExposureOutput {
    /** Characters of a fingerprint's hex part shown in text. */
    static final int SHORT_HEX = 16;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExposureOutput() {
    }

    /** A short fingerprint: its scheme and the first {@link #SHORT_HEX} hex digits. */
    static String shorten(String fingerprint) {
        int colon = fingerprint.indexOf(':');
        int end = Math.min(fingerprint.length(), colon + 1 + SHORT_HEX);
        return end < fingerprint.length() ? fingerprint.substring(0, end) + "…" : fingerprint;
    }

    /** One block per secret: its sightings and rotation. */
    static String text(ExposureIndex index, int reports) {
        StringBuilder b = new StringBuilder();
        b.append(plural(index.exposures().size(), "secret")).append(" across ").append(plural(reports, "report"))
                .append('\n');
        for (Exposure e : index.exposures()) {
            b.append(shorten(e.fingerprint())).append(": ").append(plural(e.sightings().size(), "sighting"))
                    .append(" in ").append(plural(e.imageIds().size(), "image")).append(e.foundAfterRotation()
                            ? ", FOUND AFTER ROTATION" : "").append('\n');
            e.rotation().ifPresent(r -> b.append("  rotated ").append(r.rotatedAt()).append(" by ")
                    .append(r.rotatedBy()).append(r.note().isEmpty() ? "" : " (" + r.note() + ")").append('\n'));
            for (Sighting s : e.sightings()) {
                b.append("  ").append(s.reference()).append(' ').append(s.imageId().orElse("(no image ID)"))
                        .append(" build ").append(s.build().orElse("?")).append(" scanned ").append(s.scannedAt())
                        .append(' ').append(s.ruleId()).append(s.inDeletedLayer() ? " in a deleted or overwritten file"
                                : "").append(s.foundAfterRotation() ? " [found after rotation]" : "").append('\n');
            }
        }
        return b.toString();
    }

    /** {@code {reports, warnings, exposures: [{fingerprint, rotation?, foundAfterRotation, sightings: [...]}]}}. */
    static String json(ExposureIndex index, int reports) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("reports", reports);
        ArrayNode warnings = root.putArray("warnings");
        index.warnings().forEach(warnings::add);
        ArrayNode list = root.putArray("exposures");
        for (Exposure e : index.exposures()) {
            ObjectNode n = list.addObject().put("fingerprint", e.fingerprint())
                    .put("foundAfterRotation", e.foundAfterRotation());
            e.rotation().ifPresent(r -> rotation(n.putObject("rotation"), r));
            ArrayNode sightings = n.putArray("sightings");
            for (Sighting s : e.sightings()) {
                ObjectNode o = sightings.addObject().put("reference", s.reference());
                s.imageId().ifPresent(id -> o.put("imageId", id));
                s.build().ifPresent(label -> o.put("build", label));
                o.put("scannedAt", s.scannedAt().toString()).put("findingId", s.findingId())
                        .put("ruleId", s.ruleId()).put("inDeletedLayer", s.inDeletedLayer())
                        .put("foundAfterRotation", s.foundAfterRotation());
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void rotation(ObjectNode n, RotationMark r) {
        n.put("rotatedBy", r.rotatedBy()).put("rotatedAt", r.rotatedAt().toString()).put("note", r.note());
    }
}
