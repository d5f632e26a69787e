package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Applies waivers to findings: which findings a valid waiver suppresses, and why other waivers do not count. */
final class WaiverCheck {
    private final GateInput in;
    private final LocalDate today;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<GateReason> reasons;

    private WaiverCheck(GateInput in, List<GateReason> reasons) {
        this.in = in;
        this.today = LocalDate.ofInstant(in.now(), ZoneOffset.UTC);
        this.reasons = reasons;
    }

    /** For each finding (by position), whether a valid waiver suppresses it; adds reasons for waivers that do not. */
    static boolean[] apply(GateInput in, List<Finding> findings, List<GateReason> reasons) {
        return new WaiverCheck(in, reasons).run(findings);
    }

    private boolean[] run(List<Finding> findings) {
        for (Waiver w : in.waivers().waivers()) {
            if (w.isExpired(today)) {
                warnings.add(w.describe() + " expired on " + w.expires() + " and no longer suppresses anything");
            }
        }
        boolean[] waived = new boolean[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            waived[i] = suppress(findings.get(i));
        }
        warnings.forEach(w -> reasons.add(new GateReason(GateReason.Level.WARNING, "waivers", w)));
        return waived;
    }

    private boolean suppress(Finding f) {
        for (Waiver w : in.waivers().waivers()) {
            if (!w.selects(f) || w.isExpired(today)) {
                continue;
            }
            Optional<String> problem = problem(w, f);
            if (problem.isPresent()) {
                warnings.add(problem.get());
                continue;
            }
            reasons.add(new GateReason(GateReason.Level.INFO, "waivers", FindingText.describe(f) + " is waived"
                    + " until " + w.expires() + " by " + w.owner() + ": " + w.justification()));
            return true;
        }
        return false;
    }

    private Optional<String> problem(Waiver w, Finding f) {
        Policy p = in.policy();
        if (!p.allowWaivers().get(f.severity())) {
            return Optional.of(w.describe() + " cannot suppress " + f.severity().id() + " findings: the policy does"
                    + " not allow waiving them");
        }
        if (p.maxWaiverAgeDays().isPresent()) {
            int days = p.maxWaiverAgeDays().getAsInt();
            if (w.created().isEmpty()) {
                return Optional.of(w.describe() + " has no created date and the policy accepts waivers at most "
                        + days + " days old, so it does not count");
            }
            if (w.created().get().plusDays(days).isBefore(today)) {
                return Optional.of(w.describe() + " was created on " + w.created().get() + ", more than " + days
                        + " days ago, so it does not count");
            }
        }
        return Optional.empty();
    }
}
