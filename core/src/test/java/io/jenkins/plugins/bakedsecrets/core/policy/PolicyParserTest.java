package io.jenkins.plugins.bakedsecrets.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PolicyParserTest {
    @Test
    void shouldReadEveryClause() {
        Policy p = PolicyParser.parse("policy.yaml", """
                schemaVersion: 1
                failOn:
                  critical: fail
                  high: unstable
                  medium: ignore
                  low: ignore
                  info: ignore
                scope: new
                requireOwner: true
                requiredApprovals: 2
                separationOfDuties: false
                deletedLayersCountAsExposed: false
                maxWaiverAgeDays: 90
                coverageGaps: warn
                allowWaivers:
                  critical: false
                """);

        assertThat(p.failOn()).containsEntry(Severity.CRITICAL, Verdict.FAIL)
                .containsEntry(Severity.HIGH, Verdict.UNSTABLE).containsEntry(Severity.MEDIUM, Verdict.PASS);
        assertThat(p.scope()).isEqualTo(Scope.NEW);
        assertThat(p.requireOwner()).isTrue();
        assertThat(p.requiredApprovals()).isEqualTo(2);
        assertThat(p.separationOfDuties()).isFalse();
        assertThat(p.deletedLayersCountAsExposed()).isFalse();
        assertThat(p.maxWaiverAgeDays()).isEqualTo(OptionalInt.of(90));
        assertThat(p.coverageGaps()).isEqualTo(GapHandling.WARN);
        assertThat(p.allowWaivers()).containsEntry(Severity.CRITICAL, false).containsEntry(Severity.HIGH, true);
        assertThat(p.declared()).contains("failOn.high", "scope", "allowWaivers.critical")
                .doesNotContain("allowWaivers.high");
    }

    @Test
    void shouldKeepDefaultsForClausesLeftOut() {
        Policy p = PolicyParser.parse("policy.yaml", "failOn:\n  medium: fail\n");

        assertThat(p.toBuilder().failOn(Severity.MEDIUM, Verdict.UNSTABLE).build().failOn())
                .isEqualTo(Policy.DEFAULT.failOn());
        assertThat(p.levelOf(Severity.MEDIUM)).isEqualTo(Verdict.FAIL);
        assertThat(p.declared()).containsExactly("failOn.medium");
        assertThat(p.coverageGaps()).isEqualTo(GapHandling.FAIL);
    }

    @Test
    void shouldDocumentDefaultPolicy() {
        Policy d = Policy.DEFAULT;

        assertThat(d.levelOf(Severity.CRITICAL)).isEqualTo(Verdict.FAIL);
        assertThat(d.levelOf(Severity.HIGH)).isEqualTo(Verdict.FAIL);
        assertThat(d.levelOf(Severity.MEDIUM)).isEqualTo(Verdict.UNSTABLE);
        assertThat(d.levelOf(Severity.LOW)).isEqualTo(Verdict.PASS);
        assertThat(d.scope()).isEqualTo(Scope.ALL);
        assertThat(d.separationOfDuties()).isTrue();
        assertThat(d.deletedLayersCountAsExposed()).isTrue();
        assertThat(d.coverageGaps()).isEqualTo(GapHandling.FAIL);
        assertThat(d.requiredApprovals()).isZero();
        assertThat(d.maxWaiverAgeDays()).isEmpty();
    }

    @Test
    void shouldReadJsonPolicy() {
        Policy p = PolicyParser.parse("policy.json", "{\"requiredApprovals\": 1, \"scope\": \"all\"}");

        assertThat(p.requiredApprovals()).isEqualTo(1);
    }

    @Test
    void shouldNameLineAndColumnOfUnknownKey() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "scope: all\nfailon:\n  high: fail\n"))
                .isInstanceOf(PolicyException.class).isInstanceOf(ScanException.class)
                .hasMessageStartingWith("policy.yaml:2:1: unknown key 'failon' (expected schemaVersion, failOn,");
    }

    @Test
    void shouldNameLineAndColumnOfUnknownSeverity() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "failOn:\n  severe: fail\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yaml:2:3: unknown key 'severe' (expected critical, high, medium, low, info)");
    }

    @Test
    void shouldNameLineAndColumnOfWrongType() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "scope: all\nrequireOwner: \"yes\"\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yaml:2:15: expected true or false, got string 'yes'");
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "requiredApprovals: two\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yaml:1:20: expected an integer, got string 'two'");
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "failOn: fail\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yaml:1:9: expected a map, got string 'fail'");
    }

    @Test
    void shouldRejectUnknownValueAndOutOfRangeNumber() {
        assertThatThrownBy(() -> PolicyParser.parse("p.yaml", "failOn:\n  high: explode\n"))
                .hasMessage("p.yaml:2:9: expected one of fail, unstable, ignore, got 'explode'");
        assertThatThrownBy(() -> PolicyParser.parse("p.yaml", "requiredApprovals: -1\n"))
                .hasMessage("p.yaml:1:20: expected an integer from 0 to 100, got -1");
        assertThatThrownBy(() -> PolicyParser.parse("p.yaml", "schemaVersion: 7\n"))
                .hasMessage("p.yaml:1:16: expected an integer from 1 to 1, got 7");
    }

    @Test
    void shouldNameLineOfMalformedYaml() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "scope: all\nfailOn:\n  high: [fail\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageMatching("policy\\.yaml:[34]:\\d+: .+")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldRejectDuplicateKeys() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", "scope: all\nscope: new\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageMatching("policy\\.yaml:2:\\d+: (?i)duplicate (key|field) 'scope'");
    }

    @Test
    void shouldRejectEmptyAndOversizedDocuments() {
        assertThatThrownBy(() -> PolicyParser.parse("policy.yaml", ""))
                .hasMessage("policy.yaml:1:1: the document is empty");
        assertThatThrownBy(() -> PolicyParser.parse("big.yaml", new byte[2 << 20]))
                .hasMessage("big.yaml: larger than 1048576 bytes");
    }

    @Test
    void shouldRejectDeepNesting() {
        String deep = "[".repeat(50) + "]".repeat(50);

        assertThatThrownBy(() -> PolicyParser.parse("deep.yaml", deep))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("deep.yaml:1:");
    }
}
