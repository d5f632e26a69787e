package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The gate's use of {@link WaiverMatcher}: which findings are waived, as reasons a release manager reads. */
final class WaiverCheck {
    private WaiverCheck() {
    }

    /** For each finding (by position), whether a valid waiver suppresses it; adds reasons for waivers that do not. */
    static boolean[] apply(GateInput in, List<Finding> findings, List<GateReason> reasons) {
        LocalDate today = LocalDate.ofInstant(in.now(), ZoneOffset.UTC);
        Suppressions s = WaiverMatcher.apply(in.policy(), in.waivers(), findings, today);
        boolean[] waived = new boolean[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Optional<Suppression> suppression = s.of(f.findingId());
            waived[i] = suppression.isPresent();
            suppression.ifPresent(x -> reasons.add(new GateReason(GateReason.Level.INFO, "waivers",
                    FindingText.describe(f) + " is " + x.describe())));
        }
        s.warnings().forEach(w -> reasons.add(new GateReason(GateReason.Level.WARNING, "waivers", w)));
        return waived;
    }
}
