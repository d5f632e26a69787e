package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Applies {@code failOn}, {@code scope} and {@code deletedLayersCountAsExposed} to the unresolved findings. */
final class Thresholds {
    private final Policy policy;
    private final Map<Verdict, Map<Severity, List<Finding>>> byLevel = new EnumMap<>(Verdict.class);
    private int lowered;
    private int notGated;

    private Thresholds(Policy policy) {
        this.policy = policy;
    }

    /** Adds one reason per severity whose unresolved findings make the gate fail or unstable. */
    static void apply(Policy policy, Map<String, Finding> findings, Map<String, FindingStatus> statuses,
                      List<GateReason> reasons) {
        Thresholds t = new Thresholds(policy);
        findings.forEach((id, f) -> t.classify(f, statuses.get(id)));
        t.report(reasons);
    }

    private void classify(Finding f, FindingStatus status) {
        if (status == FindingStatus.OUTSTANDING && policy.scope() == Scope.NEW) {
            notGated++;
            return;
        }
        if (status != FindingStatus.NEW && status != FindingStatus.OUTSTANDING) {
            return;
        }
        Verdict level = policy.levelOf(f.severity());
        if (!policy.deletedLayersCountAsExposed() && (f.location().deleted() || f.location().overwritten())) {
            level = level.lowerByOne();
            lowered++;
        }
        byLevel.computeIfAbsent(level, k -> new EnumMap<>(Severity.class))
                .computeIfAbsent(f.severity(), k -> new ArrayList<>()).add(f);
    }

    private void report(List<GateReason> reasons) {
        String adjective = policy.scope() == Scope.NEW ? "new " : "";
        for (Verdict level : List.of(Verdict.FAIL, Verdict.UNSTABLE)) {
            GateReason.Level reasonLevel = level == Verdict.FAIL ? GateReason.Level.FAIL : GateReason.Level.UNSTABLE;
            byLevel.getOrDefault(level, Map.of()).forEach((severity, list) -> {
                list.sort(GateEvaluator.listingOrder());
                reasons.add(new GateReason(reasonLevel, "failOn." + severity.id(),
                        FindingText.count(list.size(), adjective + severity.id()) + " not approved: "
                                + FindingText.list(list)));
            });
        }
        if (lowered > 0) {
            reasons.add(new GateReason(GateReason.Level.INFO, "deletedLayersCountAsExposed",
                    FindingText.count(lowered, "") + " in deleted or overwritten files counted one level lower"));
        }
        if (notGated > 0) {
            reasons.add(new GateReason(GateReason.Level.INFO, "scope", FindingText.count(notGated, "outstanding")
                    + " also in the reference report, not gated because the scope is new"));
        }
    }
}
