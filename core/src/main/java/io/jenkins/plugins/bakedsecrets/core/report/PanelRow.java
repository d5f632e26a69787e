package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding as the findings panel shows it, with every text worked out here rather than in the browser, so that the
 * panel's JSON ({@link PanelDataWriter}) and the report's static table ({@link HtmlReportWriter}) say the same thing.
 *
 * @param finding the finding
 * @param target the target the finding belongs to
 * @param annotation what governance knows about the finding, when anything
 */
record PanelRow(Finding finding, TargetInfo target, Optional<FindingAnnotation> annotation) {
    /** Validates components. */
    PanelRow {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(annotation, "annotation");
    }

    /** The rows of every finding of a report, in report order, annotated from the given annotations. */
    static List<PanelRow> all(ScanReport report, ReportAnnotations annotations) {
        return report.findings().stream().map(f -> new PanelRow(f, report.targets().get(f.target()),
                annotations.of(f.findingId()))).toList();
    }

    /** How many of the rows a waiver accepts. */
    static long waivedCount(List<PanelRow> rows) {
        return rows.stream().filter(PanelRow::waived).count();
    }

    private Location location() {
        return finding.location();
    }

    /** The first line of the location cell: path and line, or the variable, label or field name. */
    String subject() {
        return LocationWords.subject(location());
    }

    /** The second line of the location cell: the kind in words, such as {@code image environment variable}. */
    String kindLabel() {
        return LocationWords.kindLabel(location());
    }

    /** The layer index, or empty for locations outside layers. */
    String layer() {
        return location().layerIndex().isPresent() ? String.valueOf(location().layerIndex().getAsInt()) : "";
    }

    /** {@code deleted by layer N} or {@code overwritten by layer N}, or empty for a file visible in the image. */
    String hidden() {
        return Where.hiding(location());
    }

    /** The command that created the finding's layer, when the image records it. */
    Optional<String> createdBy() {
        if (location().layerIndex().isEmpty()) {
            return Optional.empty();
        }
        int index = location().layerIndex().getAsInt();
        return target.layers().stream().filter(l -> l.index() == index).findFirst().flatMap(LayerInfo::createdBy);
    }

    /** {@code new}, {@code outstanding}, {@code waived}, or empty when governance says nothing. */
    String status() {
        return annotation.map(a -> a.status().id()).orElse("");
    }

    /** Whether a waiver accepts the finding. */
    boolean waived() {
        return annotation.filter(a -> a.status() == FindingStatus.WAIVED).isPresent();
    }

    /** {@code base} or {@code own}, or empty when unknown. */
    String attribution() {
        return annotation.flatMap(FindingAnnotation::attribution).map(Attribution::id).orElse("");
    }

    /** The waiver's justification, when waived. */
    Optional<String> justification() {
        return annotation.flatMap(FindingAnnotation::justification);
    }

    /** {@code valid} or {@code invalid} when the secret was checked, else empty. */
    String validated() {
        return finding.validated().map(v -> v ? "valid" : "invalid").orElse("");
    }
}
