package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a gate enforces. Documented in {@code docs/policy.md}; {@link #DEFAULT} fails on any critical or high finding
 * and on anything it cannot evaluate.
 *
 * @param failOn the level each severity raises (every severity present)
 * @param scope whether thresholds apply to new findings only or to all
 * @param requireOwner the image must have an owner
 * @param requiredApprovals distinct valid approvals each image needs (0: none needed)
 * @param separationOfDuties approvers must differ from the build starter and the commit author
 * @param deletedLayersCountAsExposed false lets findings in deleted or overwritten files drop one level
 * @param maxWaiverAgeDays waivers created longer ago than this do not count; empty for no limit
 * @param coverageGaps what unscanned parts do to the verdict
 * @param allowWaivers whether waivers may suppress findings of each severity (every severity present)
 * @param declared clause names set explicitly by the policy file, such as {@code failOn.high}
 * @param warnings notes from combining policies, such as a job policy trying to loosen a baseline
 */
public record Policy(Map<Severity, Verdict> failOn, Scope scope, boolean requireOwner, int requiredApprovals,
                     boolean separationOfDuties, boolean deletedLayersCountAsExposed, OptionalInt maxWaiverAgeDays,
                     GapHandling coverageGaps, Map<Severity, Boolean> allowWaivers, Set<String> declared,
                     List<String> warnings) {
    /** The default policy: critical and high fail, medium is unstable, gaps fail, separation of duties on. */
    public static final Policy DEFAULT = builder().build();

    /** Validates components. */
    public Policy {
        failOn = complete(failOn, "failOn");
        Objects.requireNonNull(scope, "scope");
        if (requiredApprovals < 0) {
            throw new IllegalArgumentException("requiredApprovals must not be negative");
        }
        Objects.requireNonNull(maxWaiverAgeDays, "maxWaiverAgeDays");
        Objects.requireNonNull(coverageGaps, "coverageGaps");
        allowWaivers = complete(allowWaivers, "allowWaivers");
        declared = Collections.unmodifiableSet(new TreeSet<>(declared));
        warnings = List.copyOf(warnings);
    }

    private static <V> Map<Severity, V> complete(Map<Severity, V> map, String name) {
        EnumMap<Severity, V> copy = new EnumMap<>(Severity.class);
        copy.putAll(map);
        if (copy.size() != Severity.values().length) {
            throw new IllegalArgumentException(name + " needs a value for every severity");
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A builder starting from the default values. */
    public static PolicyBuilder builder() {
        return new PolicyBuilder();
    }

    /** A builder starting from this policy's values. */
    public PolicyBuilder toBuilder() {
        return new PolicyBuilder(this);
    }

    /**
     * This policy (an administrator's baseline) tightened by a job policy. For each clause the job policy declares,
     * the stricter value wins; a looser one is not applied and a warning says so.
     */
    public Policy tightenWith(Policy job) {
        return PolicyTightening.tighten(this, job);
    }

    /** The level a finding of this severity raises before any adjustment. */
    public Verdict levelOf(Severity severity) {
        return failOn.get(severity);
    }
}
