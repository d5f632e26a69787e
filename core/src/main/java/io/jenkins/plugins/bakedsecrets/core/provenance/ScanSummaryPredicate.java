package io.jenkins.plugins.bakedsecrets.core.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.Summary;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.TreeSet;

/** Builds our scan-summary predicate ({@value Evidence#SCAN_SUMMARY}). */
final class ScanSummaryPredicate {
    static final int SCHEMA_VERSION = 1;

    private ScanSummaryPredicate() {
    }

    static ObjectNode of(ObjectMapper mapper, ScanSummaryInput in) {
        ScanReport report = in.report();
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", report.tool().name()).put("version", report.tool().version())
                .put("rulesVersion", report.tool().rulesVersion());
        root.put("keyId", report.keyId());
        ArrayNode images = root.putArray("images");
        for (TargetInfo t : report.targets()) {
            ImageIdentity.of(t).ifPresent(id -> image(images.addObject(), id, t));
        }
        counts(root.putObject("counts"), report.summary());
        ArrayNode ids = root.putArray("findingIds");
        new TreeSet<>(report.findings().stream().map(Finding::findingId).toList()).forEach(ids::add);
        in.ownership().ifPresent(o -> {
            ObjectNode own = root.putObject("ownership").put("team", o.team()).put("contact", o.contact());
            ObjectNode attrs = own.putObject("attributes");
            o.attributes().forEach(attrs::put);
        });
        ArrayNode approvals = root.putArray("approvals");
        in.approvals().forEach(a -> approval(approvals.addObject(), a));
        in.gateVerdict().ifPresent(v -> root.putObject("gate").put("verdict", v));
        in.reportDigest().ifPresent(d -> root.put("reportDigest", d));
        return root;
    }

    private static void counts(ObjectNode counts, Summary summary) {
        counts.put("total", summary.total());
        for (Severity s : Severity.values()) {
            counts.put(s.id(), summary.bySeverity().get(s));
        }
        counts.put("coverageGaps", summary.coverageGaps());
    }

    private static void image(ObjectNode n, ImageIdentity id, TargetInfo t) {
        n.put("reference", t.reference());
        n.put("imageId", id.imageId());
        id.manifestDigest().ifPresent(d -> n.put("manifestDigest", d));
        t.platform().ifPresent(p -> n.put("platform", p));
        ArrayNode diffIds = n.putArray("diffIds");
        id.diffIds().forEach(diffIds::add);
    }

    private static void approval(ObjectNode n, Approval a) {
        n.put("approver", a.approver());
        n.put("time", a.time().toString());
        n.put("decision", a.decision().name());
        n.put("justification", a.justification());
        n.put("imageId", a.image().imageId());
        ArrayNode seen = n.putArray("seenFindingIds");
        a.seenFindingIds().forEach(seen::add);
    }
}
