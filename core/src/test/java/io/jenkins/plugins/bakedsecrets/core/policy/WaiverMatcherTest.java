package io.jenkins.plugins.bakedsecrets.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaiverMatcherTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final Finding critical = fx.file("aws-secret-key", Severity.CRITICAL, "/opt/app/conf/key.txt", 1, 0);
    private final Finding high = fx.file("github-token", Severity.HIGH, "/srv/token.txt", 2, 0);

    private static Suppressions apply(Policy policy, String yaml, Finding... findings) {
        return WaiverMatcher.apply(policy, Waivers.load("w.yaml", yaml), List.of(findings), TODAY);
    }

    private static String entry(String selector, String expires, String extra) {
        return "  - " + selector + "\n    justification: fixture only\n    owner: alice\n    expires: " + expires
                + "\n" + extra;
    }

    @Test
    void shouldSuppressOnlyTheSelectedFindingWhenWaiverNamesFindingId() {
        Suppressions s = apply(Policy.DEFAULT, "waivers:\n" + entry("findingId: " + critical.findingId(),
                "2025-12-31", ""), critical, high);

        assertThat(s.byFindingId()).containsOnlyKeys(critical.findingId());
        assertThat(s.of(critical.findingId())).contains(new Suppression("fixture only", "alice",
                LocalDate.of(2025, 12, 31), "w.yaml:2:5", "finding " + critical.findingId()));
        assertThat(s.unsuppressed(List.of(critical, high))).containsExactly(high);
        assertThat(s.unsuppressedAtLeast(List.of(critical, high), Severity.HIGH)).isEqualTo(1);
        assertThat(s.unsuppressedAtLeast(List.of(critical, high), Severity.CRITICAL)).isZero();
        assertThat(s.suppressedCount(List.of(critical, high))).isEqualTo(1);
        assertThat(s.expired()).isEmpty();
        assertThat(s.notCounted()).isEmpty();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void shouldSuppressEveryFindingOfTheSecretWhenWaiverNamesFingerprint() {
        SecretDigest secret = fx.secret();
        Finding a = fx.file("aws-secret-key", Severity.HIGH, "/a.txt", 1, 0, secret);
        Finding b = fx.file("aws-secret-key", Severity.HIGH, "/b.txt", 2, 0, secret);

        Suppressions s = apply(Policy.DEFAULT, "waivers:\n" + entry("fingerprint: " + a.secretFingerprint(),
                "2025-12-31", ""), a, b, high);

        assertThat(s.byFindingId()).containsOnlyKeys(a.findingId(), b.findingId());
        assertThat(s.of(a.findingId()).orElseThrow().selector())
                .isEqualTo("secret " + a.secretFingerprint().substring(0, 24) + "…");
    }

    @Test
    void shouldSuppressByRuleAndGlobWhenPathMatches() {
        Finding elsewhere = fx.file("aws-secret-key", Severity.CRITICAL, "/srv/key.txt", 1, 0);

        Suppressions s = apply(Policy.DEFAULT, "waivers:\n" + entry("rule: aws-secret-key\n    path: /opt/**",
                "2025-12-31", ""), critical, elsewhere, high);

        assertThat(s.byFindingId()).containsOnlyKeys(critical.findingId());
        assertThat(s.of(critical.findingId()).orElseThrow().selector()).isEqualTo("rule aws-secret-key at /opt/**");
    }

    @Test
    void shouldStopSuppressingAndReportWhenWaiverExpired() {
        Suppressions s = apply(Policy.DEFAULT, "waivers:\n" + entry("findingId: " + critical.findingId(),
                "2025-06-01", ""), critical);

        assertThat(s.byFindingId()).isEmpty();
        assertThat(s.expired()).singleElement().satisfies(w -> assertThat(w.origin()).isEqualTo("w.yaml:2:5"));
        assertThat(s.warnings()).containsExactly("waiver for finding " + critical.findingId()
                + " (owner alice, w.yaml:2:5) expired on 2025-06-01 and no longer suppresses anything");
    }

    @Test
    void shouldStillSuppressOnTheExpiryDayItself() {
        Suppressions s = apply(Policy.DEFAULT, "waivers:\n" + entry("findingId: " + critical.findingId(),
                "2025-06-02", ""), critical);

        assertThat(s.byFindingId()).containsOnlyKeys(critical.findingId());
        assertThat(s.expired()).isEmpty();
    }

    @Test
    void shouldNotSuppressAndGiveReasonWhenPolicyForbidsWaivingCritical() {
        Policy policy = Policy.builder().allowWaivers(Severity.CRITICAL, false).build();
        String yaml = "waivers:\n" + entry("findingId: " + critical.findingId(), "2025-12-31", "")
                + entry("findingId: " + high.findingId(), "2025-12-31", "");

        Suppressions s = apply(policy, yaml, critical, high);

        assertThat(s.byFindingId()).containsOnlyKeys(high.findingId());
        assertThat(s.notCounted()).singleElement().satisfies(u -> {
            assertThat(u.waiver().origin()).isEqualTo("w.yaml:2:5");
            assertThat(u.reason()).isEqualTo("cannot suppress critical findings: the policy does not allow waiving"
                    + " them");
        });
    }

    @Test
    void shouldNotCountWaiversOlderThanMaxAgeOrUndated() {
        Policy policy = Policy.builder().maxWaiverAgeDays(30).build();
        String yaml = "waivers:\n" + entry("findingId: " + critical.findingId(), "2026-01-01", "    created: 2025-05-01\n")
                + entry("findingId: " + high.findingId(), "2026-01-01", "");

        Suppressions s = apply(policy, yaml, critical, high);
        Suppressions fresh = apply(policy, "waivers:\n" + entry("findingId: " + critical.findingId(), "2026-01-01",
                "    created: 2025-05-03\n"), critical);

        assertThat(s.byFindingId()).isEmpty();
        assertThat(s.notCounted()).extracting(UncountedWaiver::reason).containsExactly(
                "was created on 2025-05-01, more than 30 days ago, so it does not count",
                "has no created date and the policy accepts waivers at most 30 days old, so it does not count");
        assertThat(fresh.byFindingId()).containsOnlyKeys(critical.findingId());
    }

    @Test
    void shouldUseTheNextValidWaiverWhenTheFirstDoesNotCount() {
        Policy policy = Policy.builder().maxWaiverAgeDays(30).build();
        String yaml = "waivers:\n" + entry("findingId: " + critical.findingId(), "2026-01-01", "")
                + entry("rule: aws-secret-key\n    path: /opt/**", "2026-01-01", "    created: 2025-06-01\n");

        Suppressions s = apply(policy, yaml, critical);

        assertThat(s.of(critical.findingId()).map(Suppression::origin)).isEqualTo(Optional.of("w.yaml:6:5"));
        assertThat(s.notCounted()).extracting(u -> u.waiver().origin()).containsExactly("w.yaml:2:5");
    }

    @Test
    void shouldReportEachUncountedWaiverOnceWhenItSelectsSeveralFindings() {
        Policy policy = Policy.builder().allowWaivers(Severity.HIGH, false).build();
        Finding other = fx.file("github-token", Severity.HIGH, "/srv/other.txt", 2, 0);

        Suppressions s = apply(policy, "waivers:\n" + entry("rule: github-token\n    path: /srv/*", "2026-01-01",
                ""), high, other);

        assertThat(s.byFindingId()).isEmpty();
        assertThat(s.notCounted()).hasSize(1);
    }

    @Test
    void shouldNotSuppressAFindingIdUnlessEveryInstanceIs() {
        Finding amd = fx.file("aws-secret-key", Severity.HIGH, "/k.txt", 1, 0);
        Finding arm = new Finding(amd.ruleId(), amd.title(), Severity.CRITICAL, 1, amd.location(),
                amd.secretFingerprint(), amd.findingId(), amd.redacted(), amd.validated());
        Policy policy = Policy.builder().allowWaivers(Severity.CRITICAL, false).build();

        Suppressions s = apply(policy, "waivers:\n" + entry("findingId: " + amd.findingId(), "2026-01-01", ""),
                amd, arm);

        assertThat(s.isSuppressed(amd)).isFalse();
        assertThat(s.isSuppressed(arm)).isFalse();
    }

    @Test
    void shouldSuppressNothingWhenThereAreNoWaivers() {
        Suppressions s = WaiverMatcher.apply(Policy.DEFAULT, Waivers.NONE, List.of(critical), TODAY);

        assertThat(s.byFindingId()).isEmpty();
        assertThat(s.applied()).isFalse();
        assertThat(s.withSource(".baked-secrets.yaml").applied()).isTrue();
        assertThat(Suppressions.NONE.applied()).isFalse();
    }
}
