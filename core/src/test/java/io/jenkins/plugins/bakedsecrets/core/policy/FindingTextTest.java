package io.jenkins.plugins.bakedsecrets.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTextTest {
    private static Finding at(Location l) {
        return new Finding("rule-x", "Rule X", Severity.HIGH, 0, l, "hmac-sha256:00", "bs1:00", "****(9)",
                Optional.empty());
    }

    @Test
    void shouldNameEveryKindOfPlaceWithoutValue() {
        assertThat(FindingText.describe(at(Location.of(LocationKind.FILE).path("opt//app/.env")
                .layer(2, "sha256:a", "sha256:b").overwritten(true).hiddenBy(5).build())))
                .isEqualTo("rule-x in /opt/app/.env (layer 2, overwritten in layer 5)");
        assertThat(FindingText.describe(at(Location.of(LocationKind.LABEL).key("api.key").build())))
                .isEqualTo("rule-x in label api.key");
        assertThat(FindingText.describe(at(Location.of(LocationKind.HISTORY).historyIndex(7).build())))
                .isEqualTo("rule-x in history entry 7");
        assertThat(FindingText.describe(at(Location.of(LocationKind.CONFIG).field("Entrypoint").build())))
                .isEqualTo("rule-x in config field Entrypoint");
        assertThat(FindingText.describe(at(Location.of(LocationKind.CI_ENV).key("NPM_TOKEN").build())))
                .isEqualTo("rule-x in CI variable NPM_TOKEN");
    }

    @Test
    void shouldListAtMostFiveFindings() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(at(Location.of(LocationKind.ENV).key("V" + i).build()));
        }

        assertThat(FindingText.list(many)).isEqualTo("rule-x in env V0, rule-x in env V1, rule-x in env V2,"
                + " rule-x in env V3, rule-x in env V4 and 2 more");
    }
}
