package io.jenkins.plugins.bakedsecrets.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PolicyTighteningTest {
    private final Policy baseline = PolicyParser.parse("baseline.yaml", """
            failOn:
              medium: unstable
            requiredApprovals: 1
            requireOwner: true
            maxWaiverAgeDays: 30
            coverageGaps: warn
            """);

    @Test
    void shouldKeepBaselineAndWarnWhenJobPolicyLoosens() {
        Policy job = PolicyParser.parse("job.yaml", """
                failOn:
                  high: unstable
                requiredApprovals: 0
                requireOwner: false
                separationOfDuties: false
                maxWaiverAgeDays: 90
                scope: new
                allowWaivers:
                  critical: true
                """);

        Policy effective = baseline.tightenWith(job);

        assertThat(effective.levelOf(Severity.HIGH)).isEqualTo(Verdict.FAIL);
        assertThat(effective.requiredApprovals()).isEqualTo(1);
        assertThat(effective.requireOwner()).isTrue();
        assertThat(effective.separationOfDuties()).isTrue();
        assertThat(effective.maxWaiverAgeDays()).isEqualTo(OptionalInt.of(30));
        assertThat(effective.scope()).isEqualTo(Scope.ALL);
        assertThat(effective.warnings()).containsExactly(
                "job policy tried to lower failOn.high from fail to unstable; baseline kept",
                "job policy tried to loosen scope from all to new; baseline kept",
                "job policy tried to loosen requireOwner from true to false; baseline kept",
                "job policy tried to lower requiredApprovals from 1 to 0; baseline kept",
                "job policy tried to loosen separationOfDuties from true to false; baseline kept",
                "job policy tried to loosen maxWaiverAgeDays from 30 to 90; baseline kept");
    }

    @Test
    void shouldApplyStricterJobClauses() {
        Policy job = PolicyParser.parse("job.yaml", """
                failOn:
                  medium: fail
                  low: unstable
                requiredApprovals: 2
                maxWaiverAgeDays: 7
                coverageGaps: fail
                allowWaivers:
                  high: false
                deletedLayersCountAsExposed: true
                """);

        Policy effective = baseline.tightenWith(job);

        assertThat(effective.levelOf(Severity.MEDIUM)).isEqualTo(Verdict.FAIL);
        assertThat(effective.levelOf(Severity.LOW)).isEqualTo(Verdict.UNSTABLE);
        assertThat(effective.requiredApprovals()).isEqualTo(2);
        assertThat(effective.maxWaiverAgeDays()).isEqualTo(OptionalInt.of(7));
        assertThat(effective.coverageGaps()).isEqualTo(GapHandling.FAIL);
        assertThat(effective.allowWaivers()).containsEntry(Severity.HIGH, false);
        assertThat(effective.warnings()).isEmpty();
    }

    @Test
    void shouldNotWarnAboutClausesJobPolicyLeavesOut() {
        Policy job = PolicyParser.parse("job.yaml", "scope: all\n");

        Policy effective = baseline.tightenWith(job);

        assertThat(effective.warnings()).isEmpty();
        assertThat(effective.coverageGaps()).isEqualTo(GapHandling.WARN);
        assertThat(effective.requiredApprovals()).isEqualTo(1);
    }

    @Test
    void shouldLetJobPolicyLimitWaiverAgeWhenBaselineHasNoLimit() {
        Policy job = PolicyParser.parse("job.yaml", "maxWaiverAgeDays: 14\n");

        assertThat(Policy.DEFAULT.tightenWith(job).maxWaiverAgeDays()).isEqualTo(OptionalInt.of(14));
        assertThat(Policy.DEFAULT.tightenWith(PolicyParser.parse("j", "scope: all\n")).maxWaiverAgeDays())
                .isEmpty();
    }
}
