package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Combines a baseline with a job policy so that the job policy can only make each clause stricter. */
final class PolicyTightening {
    private final Policy baseline;
    private final Policy job;
    private final List<String> warnings = new ArrayList<>();

    private PolicyTightening(Policy baseline, Policy job) {
        this.baseline = baseline;
        this.job = job;
    }

    static Policy tighten(Policy baseline, Policy job) {
        return new PolicyTightening(baseline, job).combine();
    }

    private Policy combine() {
        PolicyBuilder b = baseline.toBuilder();
        for (Severity s : Severity.values()) {
            b.failOn(s, pick("failOn." + s.id(), "lower", baseline.levelOf(s), job.levelOf(s),
                    Comparator.naturalOrder(), Verdict::policyWord));
            b.allowWaivers(s, pick("allowWaivers." + s.id(), "loosen", baseline.allowWaivers().get(s),
                    job.allowWaivers().get(s), Comparator.<Boolean>reverseOrder(), String::valueOf));
        }
        b.scope(pick("scope", "loosen", baseline.scope(), job.scope(), Comparator.naturalOrder(),
                s -> s.name().toLowerCase(Locale.ROOT)));
        b.requireOwner(pickTrue("requireOwner", baseline.requireOwner(), job.requireOwner()));
        b.requiredApprovals(pick("requiredApprovals", "lower", baseline.requiredApprovals(), job.requiredApprovals(),
                Comparator.naturalOrder(), String::valueOf));
        b.separationOfDuties(pickTrue("separationOfDuties", baseline.separationOfDuties(),
                job.separationOfDuties()));
        b.deletedLayersCountAsExposed(pickTrue("deletedLayersCountAsExposed",
                baseline.deletedLayersCountAsExposed(), job.deletedLayersCountAsExposed()));
        b.coverageGaps(pick("coverageGaps", "loosen", baseline.coverageGaps(), job.coverageGaps(),
                Comparator.naturalOrder(), g -> g.name().toLowerCase(Locale.ROOT)));
        int age = pick("maxWaiverAgeDays", "loosen", days(baseline.maxWaiverAgeDays()),
                days(job.maxWaiverAgeDays()), Comparator.<Integer>reverseOrder(), PolicyTightening::showDays);
        return finish(b, age);
    }

    private Policy finish(PolicyBuilder b, int age) {
        job.warnings().forEach(b::warning);
        warnings.forEach(b::warning);
        Policy p = b.build();
        Set<String> declared = new TreeSet<>(baseline.declared());
        declared.addAll(job.declared());
        return new Policy(p.failOn(), p.scope(), p.requireOwner(), p.requiredApprovals(), p.separationOfDuties(),
                p.deletedLayersCountAsExposed(), age == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(age),
                p.coverageGaps(), p.allowWaivers(), declared, p.warnings());
    }

    private boolean pickTrue(String clause, boolean base, boolean jobValue) {
        return pick(clause, "loosen", base, jobValue, Comparator.naturalOrder(), String::valueOf);
    }

    /** The stricter value; {@code strictness} orders looser before stricter. */
    private <T> T pick(String clause, String verb, T base, T jobValue, Comparator<T> strictness,
                       Function<T, String> show) {
        if (!job.declared().contains(clause)) {
            return base;
        }
        if (strictness.compare(jobValue, base) >= 0) {
            return jobValue;
        }
        warnings.add("job policy tried to " + verb + " " + clause + " from " + show.apply(base) + " to "
                + show.apply(jobValue) + "; baseline kept");
        return base;
    }

    private static int days(OptionalInt value) {
        return value.orElse(Integer.MAX_VALUE);
    }

    private static String showDays(int days) {
        return days == Integer.MAX_VALUE ? "unlimited" : String.valueOf(days);
    }
}
