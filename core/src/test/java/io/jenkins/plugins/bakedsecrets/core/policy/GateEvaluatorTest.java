package io.jenkins.plugins.bakedsecrets.core.policy;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.approve;
import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.decision;
import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.Attribution;
import io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {
    private static final Instant NOW = Instant.parse("2025-06-02T00:00:00Z");
    private static final BuildContext BUILD = BuildContext.of("starter", "author");

    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final TargetInfo app = image("registry.example/app:1.0", 5, "app");

    private GateInput.Builder input(Policy policy) {
        return GateInput.builder(policy, NOW).build(BUILD);
    }

    @Test
    void shouldFailWhenNoReport() {
        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).containsExactly(
                "no scan report: the image was not scanned, so it cannot be promoted");
        assertThat(d.statuses()).isEmpty();
    }

    @Test
    void shouldFailWhenScanErroredEvenWithCleanReport() {
        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app))
                .scanError("layer sha256:abc is truncated\nat line 2").build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).containsExactly(
                "the scan failed, so the image cannot be promoted: layer sha256:abc is truncated");
    }

    @Test
    void shouldPassWhenReportIsClean() {
        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.reasons()).isEmpty();
    }

    @Test
    void shouldExplainUnapprovedCriticalFindingsWithPlaces() {
        Finding aws = fx.deletedFile("aws-secret-key", Severity.CRITICAL, "/root/.aws/credentials", 3, 4, 0);
        Finding gh = fx.env("github-token", Severity.CRITICAL, "GITHUB_TOKEN", 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, gh, aws)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).containsExactly(new GateReason(GateReason.Level.FAIL, "failOn.critical",
                "2 critical findings not approved: aws-secret-key in /root/.aws/credentials (layer 3, deleted in"
                        + " layer 4), github-token in env GITHUB_TOKEN"));
        assertThat(d.statuses()).containsExactly(Map.entry(gh.findingId(), FindingStatus.NEW),
                Map.entry(aws.findingId(), FindingStatus.NEW));
        assertThat(d.attribution()).containsEntry(aws.findingId(), Attribution.OWN);
    }

    @Test
    void shouldApplyEachFailOnLevel() {
        Policy policy = Policy.builder().failOn(Severity.HIGH, Verdict.UNSTABLE).failOn(Severity.MEDIUM, Verdict.PASS)
                .build();
        Finding high = fx.file("slack-token", Severity.HIGH, "/app/.env", 2, 0);
        Finding medium = fx.file("generic-password", Severity.MEDIUM, "/etc/app.conf", 2, 0);

        GateDecision d = GateEvaluator.evaluate(input(policy).report(fx.report(app, high, medium)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(d.reasons()).containsExactly(new GateReason(GateReason.Level.UNSTABLE, "failOn.high",
                "1 high finding not approved: slack-token in /app/.env (layer 2)"));
    }

    @Test
    void shouldLowerDeletedFindingsOneLevelWhenDeletedLayersDoNotCountAsExposed() {
        Policy policy = Policy.builder().deletedLayersCountAsExposed(false).build();
        Finding deleted = fx.deletedFile("aws-secret-key", Severity.CRITICAL, "/tmp/key", 1, 2, 0);
        Finding deletedMedium = fx.deletedFile("generic-password", Severity.MEDIUM, "/tmp/pw", 1, 2, 0);

        GateDecision d = GateEvaluator.evaluate(input(policy).report(fx.report(app, deleted, deletedMedium)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(d.reasons()).extracting(GateReason::clause)
                .containsExactly("failOn.critical", "deletedLayersCountAsExposed");
        assertThat(d.reasons().get(0).level()).isEqualTo(GateReason.Level.UNSTABLE);
        assertThat(d.reasons().get(1).message()).isEqualTo("2 findings in deleted or overwritten files counted one"
                + " level lower");
    }

    @Test
    void shouldGateOnlyNewFindingsWhenScopeIsNew() {
        Finding old = fx.file("aws-secret-key", Severity.CRITICAL, "/old", 1, 0);
        Finding fresh = fx.file("github-token", Severity.HIGH, "/new", 2, 0);
        Finding fixed = fx.file("slack-token", Severity.HIGH, "/gone", 2, 0);
        ScanReport reference = fx.report(app, old, fixed);
        Policy policy = Policy.builder().scope(Scope.NEW).build();

        GateDecision d = GateEvaluator.evaluate(input(policy).report(fx.report(app, old, fresh))
                .reference(reference).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).containsExactly(
                "1 new high finding not approved: github-token in /new (layer 2)",
                "1 finding of the reference report no longer present: slack-token in /gone (layer 2)",
                "1 outstanding finding also in the reference report, not gated because the scope is new");
        assertThat(d.statuses()).containsEntry(old.findingId(), FindingStatus.OUTSTANDING)
                .containsEntry(fresh.findingId(), FindingStatus.NEW);
    }

    @Test
    void shouldGateOutstandingFindingsWhenScopeIsAll() {
        Finding old = fx.file("aws-secret-key", Severity.CRITICAL, "/old", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, old))
                .reference(fx.report(app, old)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.statuses()).containsEntry(old.findingId(), FindingStatus.OUTSTANDING);
    }

    @Test
    void shouldCountEverythingAsNewWhenScopeIsNewWithoutReference() {
        Finding old = fx.file("aws-secret-key", Severity.CRITICAL, "/old", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.builder().scope(Scope.NEW).build())
                .report(fx.report(app, old)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).contains("no reference report was given, so every finding counts as new");
    }

    @Test
    void shouldCountAllAsNewWhenReferenceUsesAnotherKey() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        GovernanceFixtures other = new GovernanceFixtures();
        Policy policy = Policy.builder().scope(Scope.NEW).build();

        GateDecision d = GateEvaluator.evaluate(input(policy).report(fx.report(app, f))
                .reference(other.report(app)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.WARNING)).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("findings cannot be compared and all count as new"));
    }

    @Test
    void shouldRequireOwnerWhenPolicySaysSo() {
        Policy policy = Policy.builder().requireOwner(true).build();

        GateDecision without = GateEvaluator.evaluate(input(policy).report(fx.report(app)).build());
        GateDecision with = GateEvaluator.evaluate(input(policy).report(fx.report(app))
                .ownership(new Ownership("payments", "#payments", Map.of())).build());

        assertThat(without.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(without.messages()).containsExactly(
                "no owner is recorded for this image and the policy requires one");
        assertThat(with.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldHandleCoverageGapsAsPolicySays() {
        CoverageGap gap = new CoverageGap(CoverageGap.Reason.ENCRYPTED, 0, OptionalInt.of(2),
                Optional.of("/opt/backup.zip"), "encrypted entry");
        ScanReport report = fx.report(List.of(app), List.of(), List.of(gap));

        GateDecision fail = GateEvaluator.evaluate(input(Policy.DEFAULT).report(report).build());
        GateDecision warn = GateEvaluator.evaluate(input(Policy.builder().coverageGaps(GapHandling.WARN).build())
                .report(report).build());
        GateDecision ignore = GateEvaluator.evaluate(input(Policy.builder().coverageGaps(GapHandling.IGNORE)
                .build()).report(report).build());

        String message = "1 part of the image could not be scanned: /opt/backup.zip (layer 2) [encrypted]";
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.reasons()).containsExactly(new GateReason(GateReason.Level.FAIL, "coverageGaps", message));
        assertThat(warn.verdict()).isEqualTo(Verdict.PASS);
        assertThat(warn.reasons()).containsExactly(new GateReason(GateReason.Level.WARNING, "coverageGaps", message));
        assertThat(ignore.verdict()).isEqualTo(Verdict.PASS);
        assertThat(ignore.reasons()).isEmpty();
    }

    @Test
    void shouldApproveFindingsWhenApproverSawThem() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("Reviewer", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.statuses()).containsExactly(Map.entry(f.findingId(), FindingStatus.APPROVED));
        assertThat(d.messages()).containsExactly("image registry.example/app:1.0 is approved by Reviewer");
    }

    @Test
    void shouldIgnoreApprovalForAnotherImage() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        TargetInfo rebuilt = image("registry.example/app:1.0", 5, "rebuilt");
        Approval forOther = approve("reviewer", rebuilt, List.of(f));

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(forOther)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.statuses()).containsEntry(f.findingId(), FindingStatus.NEW);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "approval by reviewer does not count: it is for image " + rebuilt.imageId().orElseThrow()
                        + " with other content than the scanned image");
    }

    @Test
    void shouldIgnoreApprovalWithSameImageIdButOtherDiffIds() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        TargetInfo sameIdOtherLayers = new TargetInfo(app.type(), app.reference(), app.imageId(),
                app.manifestDigest(), app.platform(), image("x", 5, "other").layers(), Map.of());

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("reviewer", sameIdOtherLayers, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.statuses()).containsEntry(f.findingId(), FindingStatus.NEW);
    }

    @Test
    void shouldIgnoreApprovalThatDidNotSeeFindingNowPresent() {
        Finding seen = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Finding unseen = fx.env("github-token", Severity.HIGH, "GITHUB_TOKEN", 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, seen, unseen))
                .approvals(List.of(approve("reviewer", app, List.of(seen)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).containsExactly(
                "1 critical finding not approved: aws-secret-key in /k (layer 1)",
                "1 high finding not approved: github-token in env GITHUB_TOKEN",
                "approval by reviewer of registry.example/app:1.0 does not count: it did not see 1 finding now"
                        + " present: github-token in env GITHUB_TOKEN");
    }

    @Test
    void shouldRefuseApprovalByBuildStarterIgnoringCase() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("STARTER", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "approval by STARTER of registry.example/app:1.0 does not count: the approver started this build"
                        + " (separation of duties)");
    }

    @Test
    void shouldRefuseApprovalByAnyStarterOfAnUpstreamChain() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        BuildContext chain = BuildContext.of(List.of("timer-owner", "bob"), List.of());

        GateDecision byUpstreamStarter = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("Bob", app, List.of(f)))).build(chain).build());
        GateDecision byOther = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("carol", app, List.of(f)))).build(chain).build());

        assertThat(byUpstreamStarter.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(byUpstreamStarter.reasons(GateReason.Level.WARNING)).extracting(GateReason::message)
                .containsExactly("approval by Bob of registry.example/app:1.0 does not count: the approver started"
                        + " this build (separation of duties)");
        assertThat(byOther.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldSayWhyWhenBuildCannotBeAttributed() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        BuildContext remote = BuildContext.unattributed("the build was started remotely with a token");

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("carol", app, List.of(f)))).build(remote).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "approval by carol of registry.example/app:1.0 does not count: the build was started remotely with"
                        + " a token, so separation of duties cannot be checked");
    }

    @Test
    void shouldRefuseApprovalByCommitAuthorIgnoringCase() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(approve("Author", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "approval by Author of registry.example/app:1.0 does not count: the approver wrote the built commit"
                        + " (separation of duties)");
    }

    @Test
    void shouldAcceptStarterApprovalWhenSeparationOfDutiesIsOff() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Policy policy = Policy.builder().separationOfDuties(false).build();

        GateDecision d = GateEvaluator.evaluate(input(policy).report(fx.report(app, f))
                .approvals(List.of(approve("starter", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldFailClosedOnApprovalsWhenStarterIsUnknown() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);

        GateDecision d = GateEvaluator.evaluate(GateInput.builder(Policy.DEFAULT, NOW).report(fx.report(app, f))
                .approvals(List.of(approve("reviewer", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "approval by reviewer of registry.example/app:1.0 does not count: the build starter and commit"
                        + " authors are unknown, so separation of duties cannot be checked");
    }

    @Test
    void shouldCountApprovalWhenBuildHadNoStartingUserButContextIsKnown() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        BuildContext timerBuild = BuildContext.of(java.util.Optional.empty(), List.of("carol"));

        GateDecision counted = GateEvaluator.evaluate(GateInput.builder(Policy.DEFAULT, NOW).report(fx.report(app, f))
                .approvals(List.of(approve("reviewer", app, List.of(f)))).build(timerBuild).build());
        GateDecision byAuthor = GateEvaluator.evaluate(GateInput.builder(Policy.DEFAULT, NOW).report(fx.report(app, f))
                .approvals(List.of(approve("Carol", app, List.of(f)))).build(timerBuild).build());

        assertThat(counted.reasons(GateReason.Level.WARNING)).isEmpty();
        assertThat(counted.verdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(byAuthor.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void shouldRequireDistinctApproversWhenPolicyNeedsSeveral() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Policy policy = Policy.builder().requiredApprovals(2).build();
        List<Approval> sameTwice = List.of(approve("alice", app, List.of(f)), approve("ALICE", app, List.of(f)));

        GateDecision once = GateEvaluator.evaluate(input(policy).report(fx.report(app, f))
                .approvals(sameTwice).build());
        GateDecision twice = GateEvaluator.evaluate(input(policy).report(fx.report(app, f))
                .approvals(List.of(approve("alice", app, List.of(f)), approve("bob", app, List.of(f)))).build());

        assertThat(once.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(once.messages()).contains("image registry.example/app:1.0 has 1 of 2 required approvals");
        assertThat(twice.verdict()).isEqualTo(Verdict.PASS);
        assertThat(twice.statuses()).containsEntry(f.findingId(), FindingStatus.APPROVED);
    }

    @Test
    void shouldFailWhenCleanImageLacksRequiredApprovals() {
        GateDecision d = GateEvaluator.evaluate(input(Policy.builder().requiredApprovals(1).build())
                .report(fx.report(app)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.messages()).containsExactly("image registry.example/app:1.0 has 0 of 1 required approvals");
    }

    @Test
    void shouldFailWhenPromotionIsRejected() {
        Finding f = fx.file("aws-secret-key", Severity.LOW, "/k", 1, 0);

        GateDecision d = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(decision("carol", app, List.of(f), Approval.Decision.REJECT),
                        approve("bob", app, List.of(f)))).build());

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons(GateReason.Level.FAIL)).extracting(GateReason::message).containsExactly(
                "promotion of registry.example/app:1.0 was rejected by carol at 2025-06-01T12:00:00Z: reviewed"
                        + " by carol");
        assertThat(d.statuses()).containsEntry(f.findingId(), FindingStatus.NEW);
    }

    @Test
    void shouldNeedApprovalOfEveryPlatformImage() {
        TargetInfo arm = image("registry.example/app:1.0", 5, "app-arm");
        Finding onAmd = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Finding onArm = new Finding(onAmd.ruleId(), onAmd.title(), onAmd.severity(), 1, onAmd.location(),
                onAmd.secretFingerprint(), onAmd.findingId(), onAmd.redacted(), onAmd.validated());
        ScanReport report = fx.report(List.of(app, arm), List.of(onAmd, onArm), List.of());

        GateDecision oneApproved = GateEvaluator.evaluate(input(Policy.DEFAULT).report(report)
                .approvals(List.of(approve("bob", app, List.of(onAmd)))).build());
        GateDecision bothApproved = GateEvaluator.evaluate(input(Policy.DEFAULT).report(report)
                .approvals(List.of(approve("bob", app, List.of(onAmd)), approve("bob", arm, List.of(onArm))))
                .build());

        assertThat(oneApproved.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(oneApproved.statuses()).containsExactly(Map.entry(onAmd.findingId(), FindingStatus.NEW));
        assertThat(bothApproved.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldCarryBaselineWarningsIntoReasons() {
        Policy job = PolicyParser.parse("job.yaml", "failOn:\n  high: unstable\n");
        Policy effective = Policy.DEFAULT.tightenWith(job);

        GateDecision d = GateEvaluator.evaluate(input(effective).report(fx.report(app)).build());

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.reasons()).containsExactly(new GateReason(GateReason.Level.WARNING, "baseline",
                "job policy tried to lower failOn.high from fail to unstable; baseline kept"));
    }

    @Test
    void shouldBeDeterministicWhateverTheApprovalOrder() {
        Finding f = fx.file("aws-secret-key", Severity.CRITICAL, "/k", 1, 0);
        Approval a = approve("starter", app, List.of(f));
        Approval b = approve("zed", image("other", 2, "o"), List.of(f));

        GateDecision first = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(a, b)).build());
        GateDecision second = GateEvaluator.evaluate(input(Policy.DEFAULT).report(fx.report(app, f))
                .approvals(List.of(b, a)).build());

        assertThat(first).isEqualTo(second);
        assertThat(first.reasons(GateReason.Level.WARNING)).hasSize(2);
    }
}
