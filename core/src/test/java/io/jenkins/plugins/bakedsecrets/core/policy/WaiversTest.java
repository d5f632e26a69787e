package io.jenkins.plugins.bakedsecrets.core.policy;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaiversTest {
    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final TargetInfo app = image("registry.example/app:1.0", 3, "app");
    private final Finding critical = fx.file("aws-secret-key", Severity.CRITICAL, "/opt/app/conf/key.txt", 1, 0);

    private GateDecision gate(Policy policy, String waivers, Finding... findings) {
        return GateEvaluator.evaluate(GateInput.builder(policy, NOW).report(fx.report(app, findings))
                .waivers(Waivers.load(".baked-secrets.yaml", waivers)).build());
    }

    private String byId(String expires, String created) {
        return """
                waivers:
                  - findingId: %s
                    justification: test fixture, not a live key
                    owner: team-a
                    expires: %s
                %s""".formatted(critical.findingId(), expires, created.isEmpty() ? "" : "    created: " + created + "\n");
    }

    @Test
    void shouldSuppressButKeepWaivedFinding() {
        GateDecision d = gate(Policy.DEFAULT, byId("2025-06-02", ""), critical);

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.statuses()).containsEntry(critical.findingId(), FindingStatus.WAIVED);
        assertThat(d.messages()).containsExactly("aws-secret-key in /opt/app/conf/key.txt (layer 1) is waived until"
                + " 2025-06-02 by team-a: test fixture, not a live key");
    }

    @Test
    void shouldStopSuppressingAndReportWhenExpired() {
        GateDecision d = gate(Policy.DEFAULT, byId("2025-06-01", ""), critical);

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.statuses()).containsEntry(critical.findingId(), FindingStatus.NEW);
        assertThat(d.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "waiver for finding " + critical.findingId() + " (owner team-a, .baked-secrets.yaml:2:5) expired on"
                        + " 2025-06-01 and no longer suppresses anything");
    }

    @Test
    void shouldIgnoreWaiverOlderThanMaxAge() {
        Policy policy = Policy.builder().maxWaiverAgeDays(30).build();

        GateDecision old = gate(policy, byId("2026-01-01", "2025-05-01"), critical);
        GateDecision fresh = gate(policy, byId("2026-01-01", "2025-05-03"), critical);
        GateDecision undated = gate(policy, byId("2026-01-01", ""), critical);

        assertThat(old.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(old.reasons(GateReason.Level.WARNING)).extracting(GateReason::message).containsExactly(
                "waiver for finding " + critical.findingId() + " (owner team-a, .baked-secrets.yaml:2:5) was created"
                        + " on 2025-05-01, more than 30 days ago, so it does not count");
        assertThat(fresh.verdict()).isEqualTo(Verdict.PASS);
        assertThat(undated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(undated.reasons(GateReason.Level.WARNING).get(0).message())
                .endsWith("has no created date and the policy accepts waivers at most 30 days old, so it does not"
                        + " count");
    }

    @Test
    void shouldNotWaiveSeverityThePolicyProtects() {
        Policy policy = Policy.builder().allowWaivers(Severity.CRITICAL, false).build();

        GateDecision d = gate(policy, byId("2026-01-01", ""), critical);

        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.statuses()).containsEntry(critical.findingId(), FindingStatus.NEW);
        assertThat(d.reasons(GateReason.Level.WARNING).get(0).message())
                .endsWith("cannot suppress critical findings: the policy does not allow waiving them");
    }

    @Test
    void shouldWaiveByRuleAndPathGlob() {
        Finding elsewhere = fx.file("aws-secret-key", Severity.CRITICAL, "/srv/key.txt", 1, 0);
        Finding otherRule = fx.file("github-token", Severity.CRITICAL, "/opt/app/token", 1, 0);
        String waivers = """
                waivers:
                  - rule: aws-secret-key
                    path: /opt/**/*.txt
                    justification: sample keys
                    owner: team-a
                    expires: 2030-01-01
                """;

        GateDecision d = gate(Policy.DEFAULT, waivers, critical, elsewhere, otherRule);

        assertThat(d.statuses()).containsEntry(critical.findingId(), FindingStatus.WAIVED)
                .containsEntry(elsewhere.findingId(), FindingStatus.NEW)
                .containsEntry(otherRule.findingId(), FindingStatus.NEW);
    }

    @Test
    void shouldWaiveEveryFindingOfFingerprint() {
        var secret = fx.secret();
        Finding a = fx.file("aws-secret-key", Severity.HIGH, "/a", 1, 0, secret);
        Finding b = fx.file("aws-secret-key", Severity.HIGH, "/b", 2, 0, secret);
        String waivers = """
                waivers:
                  - fingerprint: %s
                    justification: rotated, dummy now
                    owner: team-a
                    expires: 2030-01-01
                """.formatted(a.secretFingerprint());

        GateDecision d = gate(Policy.DEFAULT, waivers, a, b);

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.statuses()).containsOnlyKeys(a.findingId(), b.findingId())
                .containsValues(FindingStatus.WAIVED);
    }

    @Test
    void shouldMatchGlobsBySegment() {
        assertThat(PathGlob.matches("/opt/*.txt", "/opt/a.txt")).isTrue();
        assertThat(PathGlob.matches("/opt/*.txt", "/opt/sub/a.txt")).isFalse();
        assertThat(PathGlob.matches("/opt/**", "/opt/sub/a.txt")).isTrue();
        assertThat(PathGlob.matches("/opt/?.txt", "/opt/ab.txt")).isFalse();
        assertThat(PathGlob.matches("/a+b(c).txt", "/a+b(c).txt")).isTrue();
    }

    @Test
    void shouldLoadWaiverFields() {
        Waivers w = Waivers.load("w.yaml", byId("2025-12-31", "2025-01-02"));

        assertThat(w.waivers()).singleElement().satisfies(x -> {
            assertThat(x.findingId()).contains(critical.findingId());
            assertThat(x.expires()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(x.created()).isEqualTo(Optional.of(LocalDate.of(2025, 1, 2)));
            assertThat(x.origin()).isEqualTo("w.yaml:2:5");
        });
    }

    @Test
    void shouldRejectMalformedWaivers() {
        assertThatThrownBy(() -> Waivers.load("w.yaml", "waivers:\n  - rule: x\n    justification: j\n"
                + "    owner: o\n    expires: 2025-01-01\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("w.yaml:2:5: a waiver selects by exactly one of findingId, fingerprint, or rule with path");
        assertThatThrownBy(() -> Waivers.load("w.yaml", "waivers:\n  - findingId: x\n    justification: j\n"
                + "    owner: o\n    expires: soon\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("w.yaml:5:14: expected a date like 2025-12-31, got 'soon'");
        assertThatThrownBy(() -> Waivers.load("w.yaml", "waivers:\n  - findingId: x\n    justification: j\n"
                + "    expires: 2025-01-01\n"))
                .hasMessage("w.yaml:2:5: missing required key 'owner'");
        assertThatThrownBy(() -> Waivers.load("w.yaml", "waiver: []\n"))
                .hasMessage("w.yaml:1:1: unknown key 'waiver' (expected schemaVersion, waivers)");
    }
}
