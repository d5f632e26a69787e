package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.provenance.Exposure;
import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureIndex;
import io.jenkins.plugins.bakedsecrets.core.provenance.RotationMark;
import io.jenkins.plugins.bakedsecrets.core.provenance.Sighting;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;

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

    /**
     * One block per secret: its sightings and rotation. References, build labels and rotation notes come from
     * reports and files, so every line is made printable.
     */
    static String text(ExposureIndex index, int reports) {
        StringBuilder b = new StringBuilder();
        line(b, plural(index.exposures().size(), "secret") + " across " + plural(reports, "report"));
        for (Exposure e : index.exposures()) {
            line(b, shorten(e.fingerprint()) + ": " + plural(e.sightings().size(), "sighting") + " in "
                    + plural(e.imageIds().size(), "image") + (e.foundAfterRotation() ? ", FOUND AFTER ROTATION" : ""));
            e.rotation().ifPresent(r -> line(b, "  rotated " + r.rotatedAt() + " by " + r.rotatedBy()
                    + (r.note().isEmpty() ? "" : " (" + r.note() + ")")));
            for (Sighting s : e.sightings()) {
                line(b, "  " + s.reference() + " " + s.imageId().orElse("(no image ID)") + " build "
                        + s.build().orElse("?") + " scanned " + s.scannedAt() + " " + s.ruleId()
                        + (s.inDeletedLayer() ? " in a deleted or overwritten file" : "")
                        + (s.foundAfterRotation() ? " [found after rotation]" : ""));
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String text) {
        b.append(PrintableText.of(text)).append('\n');
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
