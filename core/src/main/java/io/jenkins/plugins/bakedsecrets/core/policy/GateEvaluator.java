package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.Attribution;
import io.jenkins.plugins.bakedsecrets.core.provenance.Attributor;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate: a pure, deterministic function from {@link GateInput} to {@link GateDecision}. It fails closed: a missing
 * report, a failed scan, or anything it cannot evaluate is a {@link Verdict#FAIL} with a reason.
 */
public final class GateEvaluator {
    private GateEvaluator() {
    }

    /** Evaluates the gate. */
    public static GateDecision evaluate(GateInput in) {
        List<GateReason> reasons = new ArrayList<>();
        in.policy().warnings().forEach(w -> reasons.add(new GateReason(GateReason.Level.WARNING, "baseline", w)));
        if (in.scanError().isPresent()) {
            reasons.add(fail("scan", "the scan failed, so the image cannot be promoted: "
                    + in.scanError().get().strip().lines().findFirst().orElse("no message")));
            return decide(reasons, Map.of(), Map.of());
        }
        if (in.report().isEmpty()) {
            reasons.add(fail("scan", "no scan report: the image was not scanned, so it cannot be promoted"));
            return decide(reasons, Map.of(), Map.of());
        }
        try {
            return evaluateReport(in, in.report().get(), reasons);
        } catch (RuntimeException e) {
            // Fail closed: an input the gate cannot evaluate must never let an image through.
            List<GateReason> failed = new ArrayList<>(reasons);
            failed.add(fail("gate", "the gate could not be evaluated: " + e.getMessage()));
            return decide(failed, Map.of(), Map.of());
        }
    }

    private static GateDecision evaluateReport(GateInput in, ScanReport report, List<GateReason> reasons) {
        Map<String, Attribution> attribution = Attributor.attribute(report, in.base());
        Set<String> outstanding = outstandingIds(in, report, reasons);
        boolean[] waived = WaiverCheck.apply(in, report.findings(), reasons);
        Set<Integer> approved = ApprovalCheck.approvedTargets(in, report, reasons);
        Map<String, FindingStatus> statuses = new LinkedHashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            FindingStatus s = waived[i] ? FindingStatus.WAIVED : approved.contains(f.target())
                    ? FindingStatus.APPROVED
                    : outstanding.contains(f.findingId()) ? FindingStatus.OUTSTANDING : FindingStatus.NEW;
            // The same finding in several platform images is only as resolved as its least resolved instance.
            statuses.merge(f.findingId(), s, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            first.putIfAbsent(f.findingId(), f);
        }
        Thresholds.apply(in.policy(), first, statuses, reasons);
        if (in.policy().requireOwner() && in.ownership().isEmpty()) {
            reasons.add(fail("requireOwner", "no owner is recorded for this image and the policy requires one"));
        }
        CoverageCheck.apply(in.policy().coverageGaps(), report, reasons);
        return decide(reasons, statuses, attribution);
    }

    private static Set<String> outstandingIds(GateInput in, ScanReport report, List<GateReason> reasons) {
        Set<String> ids = new HashSet<>();
        if (in.reference().isEmpty()) {
            if (in.policy().scope() == Scope.NEW) {
                reasons.add(new GateReason(GateReason.Level.WARNING, "scope",
                        "no reference report was given, so every finding counts as new"));
            }
            return ids;
        }
        FindingDiff diff = FindingDiff.between(report, in.reference().get());
        diff.warning().ifPresent(w -> reasons.add(new GateReason(GateReason.Level.WARNING, "scope", w)));
        diff.outstanding().forEach(f -> ids.add(f.findingId()));
        if (!diff.fixed().isEmpty()) {
            reasons.add(new GateReason(GateReason.Level.INFO, "scope", FindingText.count(diff.fixed().size(), "")
                    + " of the reference report no longer present: " + FindingText.list(diff.fixed())));
        }
        return ids;
    }

    static GateReason fail(String clause, String message) {
        return new GateReason(GateReason.Level.FAIL, clause, message);
    }

    private static GateDecision decide(List<GateReason> reasons, Map<String, FindingStatus> statuses,
                                       Map<String, Attribution> attribution) {
        List<GateReason> sorted = reasons.stream().sorted(Comparator.comparing(GateReason::level)).toList();
        Verdict verdict = Verdict.PASS;
        for (GateReason r : sorted) {
            if (r.level() == GateReason.Level.FAIL) {
                verdict = Verdict.FAIL;
            } else if (r.level() == GateReason.Level.UNSTABLE) {
                verdict = verdict.worse(Verdict.UNSTABLE);
            }
        }
        return new GateDecision(verdict, sorted, statuses, attribution);
    }

    /** Severity order for listing findings: worst first, then rule and place. */
    static Comparator<Finding> listingOrder() {
        return Comparator.comparing(Finding::severity, Comparator.comparingInt(Severity::ordinal))
                .thenComparing(Finding::ruleId).thenComparing(f -> f.location().identity())
                .thenComparing(Finding::findingId);
    }
}
