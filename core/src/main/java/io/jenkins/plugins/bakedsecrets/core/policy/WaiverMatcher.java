package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies waivers to findings under a policy. The gate and the scan both use it, so a finding is suppressed in a
 * scan report exactly when the gate, given the same waivers, policy and day, would treat it as waived.
 */
public final class WaiverMatcher {
    private final Policy policy;
    private final LocalDate today;
    private final List<Waiver> waivers;
    private final Set<UncountedWaiver> notCounted = new LinkedHashSet<>();

    private WaiverMatcher(Policy policy, Waivers waivers, LocalDate today) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.today = Objects.requireNonNull(today, "today");
        this.waivers = waivers.waivers();
    }

    /**
     * Which findings valid waivers suppress on {@code today} (UTC), which waivers expired, and which did not count
     * because {@code policy} limits waivers ({@code allowWaivers}, {@code maxWaiverAgeDays}). The first valid waiver
     * selecting a finding suppresses it. A finding id listed in several images is suppressed only when every
     * instance is.
     */
    public static Suppressions apply(Policy policy, Waivers waivers, List<Finding> findings, LocalDate today) {
        return new WaiverMatcher(policy, waivers, today).run(findings);
    }

    private Suppressions run(List<Finding> findings) {
        List<Waiver> expired = waivers.stream().filter(w -> w.isExpired(today)).toList();
        Map<String, Optional<Suppression>> byId = new LinkedHashMap<>();
        for (Finding f : findings) {
            Optional<Suppression> s = suppression(f);
            // The same finding in several platform images is only as suppressed as its least suppressed instance.
            byId.merge(f.findingId(), s, (a, b) -> a.isPresent() && b.isPresent() ? a : Optional.empty());
        }
        Map<String, Suppression> suppressed = new LinkedHashMap<>();
        byId.forEach((id, s) -> s.ifPresent(value -> suppressed.put(id, value)));
        return new Suppressions(Optional.empty(), suppressed, expired, List.copyOf(notCounted));
    }

    private Optional<Suppression> suppression(Finding f) {
        for (Waiver w : waivers) {
            if (!w.selects(f) || w.isExpired(today)) {
                continue;
            }
            Optional<String> problem = problem(w, f);
            if (problem.isPresent()) {
                notCounted.add(new UncountedWaiver(w, problem.get()));
                continue;
            }
            return Optional.of(Suppression.of(w));
        }
        return Optional.empty();
    }

    private Optional<String> problem(Waiver w, Finding f) {
        if (!policy.allowWaivers().get(f.severity())) {
            return Optional.of("cannot suppress " + f.severity().id() + " findings: the policy does not allow"
                    + " waiving them");
        }
        if (policy.maxWaiverAgeDays().isPresent()) {
            int days = policy.maxWaiverAgeDays().getAsInt();
            if (w.created().isEmpty()) {
                return Optional.of("has no created date and the policy accepts waivers at most " + days
                        + " days old, so it does not count");
            }
            if (w.created().get().plusDays(days).isBefore(today)) {
                return Optional.of("was created on " + w.created().get() + ", more than " + days
                        + " days ago, so it does not count");
            }
        }
        return Optional.empty();
    }
}
