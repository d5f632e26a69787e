package io.jenkins.plugins.bakedsecrets.core.policy;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import org.junit.jupiter.api.Test;

class FindingDiffTest {
    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final TargetInfo app = image("app", 3, "app");

    @Test
    void shouldSplitNewOutstandingAndFixedByFindingId() {
        Finding kept = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Finding added = fx.env("github-token", Severity.HIGH, "TOKEN", 0);
        Finding gone = fx.file("slack-token", Severity.HIGH, "/s", 2, 0);
        // The same finding moved to another layer keeps its id, so it is outstanding, not new.
        Finding keptMoved = new Finding(kept.ruleId(), kept.title(), kept.severity(), 0,
                kept.location().toBuilder().layer(2, "sha256:x", "sha256:y").build(), kept.secretFingerprint(),
                kept.findingId(), kept.redacted(), kept.validated());

        FindingDiff diff = FindingDiff.between(fx.report(app, keptMoved, added), fx.report(app, kept, gone, gone));

        assertThat(diff.newFindings()).containsExactly(added);
        assertThat(diff.outstanding()).containsExactly(keptMoved);
        assertThat(diff.fixed()).containsExactly(gone);
        assertThat(diff.warning()).isEmpty();
    }

    @Test
    void shouldRefuseToCompareReportsWithDifferentKeys() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        GovernanceFixtures other = new GovernanceFixtures();

        FindingDiff diff = FindingDiff.between(fx.report(app, f), other.report(app));

        assertThat(diff.newFindings()).containsExactly(f);
        assertThat(diff.outstanding()).isEmpty();
        assertThat(diff.fixed()).isEmpty();
        assertThat(diff.warning()).contains("the reference report uses fingerprint key " + other.report(app).keyId()
                + " but this report uses " + fx.report(app).keyId()
                + ", so findings cannot be compared and all count as new");
    }
}
