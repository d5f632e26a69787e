package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Applies {@code failOn}, {@code scope} and {@code deletedLayersCountAsExposed} to the unresolved findings. */
final class Thresholds {
    private Thresholds() {
    }

    /** Adds one reason per severity whose unresolved findings make the gate fail or unstable. */
    static void apply(Policy policy, Map<String, Finding> findings, Map<String, FindingStatus> statuses,
                      List<GateReason> reasons) {
        Map<Verdict, Map<Severity, List<Finding>>> byLevel = new EnumMap<>(Verdict.class);
        int lowered = 0;
        int notGated = 0;
        for (Map.Entry<String, Finding> e : findings.entrySet()) {
            FindingStatus status = statuses.get(e.getKey());
            if (status == FindingStatus.OUTSTANDING && policy.scope() == Scope.NEW) {
                notGated++;
                continue;
            }
            if (status != FindingStatus.NEW && status != FindingStatus.OUTSTANDING) {
                continue;
            }
            Finding f = e.getValue();
            Verdict level = policy.levelOf(f.severity());
            if (!policy.deletedLayersCountAsExposed() && (f.location().deleted() || f.location().overwritten())) {
                level = level.lowerByOne();
                lowered++;
            }
            byLevel.computeIfAbsent(level, k -> new EnumMap<>(Severity.class))
                    .computeIfAbsent(f.severity(), k -> new ArrayList<>()).add(f);
        }
        String adjective = policy.scope() == Scope.NEW ? "new " : "";
        for (Verdict level : List.of(Verdict.FAIL, Verdict.UNSTABLE)) {
            byLevel.getOrDefault(level, Map.of()).forEach((severity, list) -> {
                list.sort(GateEvaluator.listingOrder());
                reasons.add(new GateReason(level == Verdict.FAIL ? GateReason.Level.FAIL : GateReason.Level.UNSTABLE,
                        "failOn." + severity.id(), FindingText.count(list.size(), adjective + severity.id())
                        + " not approved: " + FindingText.list(list)));
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
