package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.List;

/** Applies the {@code coverageGaps} clause: parts of an image that were not scanned. */
final class CoverageCheck {
    private CoverageCheck() {
    }

    /** Adds a reason when the report has gaps and the policy does not ignore them. */
    static void apply(GapHandling handling, ScanReport report, List<GateReason> reasons) {
        List<CoverageGap> gaps = report.coverage();
        if (gaps.isEmpty() || handling == GapHandling.IGNORE) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(FindingText.MAX_LISTED, gaps.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(describe(gaps.get(i)));
        }
        if (gaps.size() > FindingText.MAX_LISTED) {
            b.append(" and ").append(gaps.size() - FindingText.MAX_LISTED).append(" more");
        }
        String message = gaps.size() + (gaps.size() == 1 ? " part" : " parts") + " of the image could not be"
                + " scanned: " + b;
        reasons.add(new GateReason(handling == GapHandling.FAIL ? GateReason.Level.FAIL : GateReason.Level.WARNING,
                "coverageGaps", message));
    }

    private static String describe(CoverageGap gap) {
        String where = gap.path().orElse(gap.layerIndex().isPresent() ? "layer " + gap.layerIndex().getAsInt()
                : "target " + gap.target());
        String layer = gap.path().isPresent() && gap.layerIndex().isPresent()
                ? " (layer " + gap.layerIndex().getAsInt() + ")" : "";
        return where + layer + " [" + gap.reason().id() + "]";
    }
}
