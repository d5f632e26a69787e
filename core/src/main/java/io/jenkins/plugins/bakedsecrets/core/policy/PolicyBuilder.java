package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Mutable builder of {@link Policy}; starts from the documented defaults. */
public final class PolicyBuilder {
    /** Default level of each severity. */
    static final Map<Severity, Verdict> DEFAULT_FAIL_ON = Map.of(Severity.CRITICAL, Verdict.FAIL,
            Severity.HIGH, Verdict.FAIL, Severity.MEDIUM, Verdict.UNSTABLE, Severity.LOW, Verdict.PASS,
            Severity.INFO, Verdict.PASS);

    private final Map<Severity, Verdict> failOn = new EnumMap<>(DEFAULT_FAIL_ON);
    private Scope scope = Scope.ALL;
    private boolean requireOwner;
    private int requiredApprovals;
    private boolean separationOfDuties = true;
    private boolean deletedLayersCountAsExposed = true;
    private OptionalInt maxWaiverAgeDays = OptionalInt.empty();
    private GapHandling coverageGaps = GapHandling.FAIL;
    private final Map<Severity, Boolean> allowWaivers = new EnumMap<>(Severity.class);
    private final Set<String> declared = new TreeSet<>();
    private final List<String> warnings = new ArrayList<>();

    PolicyBuilder() {
        for (Severity s : Severity.values()) {
            allowWaivers.put(s, true);
        }
    }

    PolicyBuilder(Policy p) {
        failOn.putAll(p.failOn());
        scope = p.scope();
        requireOwner = p.requireOwner();
        requiredApprovals = p.requiredApprovals();
        separationOfDuties = p.separationOfDuties();
        deletedLayersCountAsExposed = p.deletedLayersCountAsExposed();
        maxWaiverAgeDays = p.maxWaiverAgeDays();
        coverageGaps = p.coverageGaps();
        allowWaivers.putAll(p.allowWaivers());
        declared.addAll(p.declared());
        warnings.addAll(p.warnings());
    }

    /** Sets the level of a severity. */
    public PolicyBuilder failOn(Severity severity, Verdict level) {
        failOn.put(severity, level);
        return declare("failOn." + severity.id());
    }

    /** Sets the scope. */
    public PolicyBuilder scope(Scope value) {
        scope = value;
        return declare("scope");
    }

    /** Sets whether an owner is required. */
    public PolicyBuilder requireOwner(boolean value) {
        requireOwner = value;
        return declare("requireOwner");
    }

    /** Sets the number of approvals each image needs. */
    public PolicyBuilder requiredApprovals(int value) {
        requiredApprovals = value;
        return declare("requiredApprovals");
    }

    /** Sets separation of duties. */
    public PolicyBuilder separationOfDuties(boolean value) {
        separationOfDuties = value;
        return declare("separationOfDuties");
    }

    /** Sets whether deleted and overwritten files count as fully exposed. */
    public PolicyBuilder deletedLayersCountAsExposed(boolean value) {
        deletedLayersCountAsExposed = value;
        return declare("deletedLayersCountAsExposed");
    }

    /** Sets the maximum waiver age in days. */
    public PolicyBuilder maxWaiverAgeDays(int value) {
        maxWaiverAgeDays = OptionalInt.of(value);
        return declare("maxWaiverAgeDays");
    }

    /** Sets what coverage gaps do. */
    public PolicyBuilder coverageGaps(GapHandling value) {
        coverageGaps = value;
        return declare("coverageGaps");
    }

    /** Sets whether waivers may suppress findings of a severity. */
    public PolicyBuilder allowWaivers(Severity severity, boolean value) {
        allowWaivers.put(severity, value);
        return declare("allowWaivers." + severity.id());
    }

    /** Adds a warning carried to the gate's reasons. */
    PolicyBuilder warning(String text) {
        warnings.add(text);
        return this;
    }

    private PolicyBuilder declare(String clause) {
        declared.add(clause);
        return this;
    }

    /** The policy. */
    public Policy build() {
        return new Policy(failOn, scope, requireOwner, requiredApprovals, separationOfDuties,
                deletedLayersCountAsExposed, maxWaiverAgeDays, coverageGaps, allowWaivers, declared, warnings);
    }
}
