package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LocationWordsTest {
    @Test
    void shouldNameThePredicateTypeWhenAnAttestationFindingIsUnderAKey() {
        Location l = Location.of(LocationKind.ATTESTATION).key("GITHUB_TOKEN")
                .field("https://slsa.dev/provenance/v0.2").build();

        assertThat(LocationWords.subject(l)).isEqualTo("GITHUB_TOKEN");
        assertThat(LocationWords.kindLabel(l)).isEqualTo("attestation https://slsa.dev/provenance/v0.2");
    }

    @Test
    void shouldSayCreatedByWhenAHistoryFindingIsInTheCommandItself() {
        Location l = Location.of(LocationKind.HISTORY).historyIndex(7).field("created_by").build();

        assertThat(LocationWords.subject(l)).isEqualTo("created_by");
        assertThat(LocationWords.kindLabel(l)).isEqualTo("image history step 7");
    }

    @Test
    void shouldLeaveOutTheLayerWhenAFileHasNone() {
        Location l = Location.of(LocationKind.FILE).path("/etc/shadow").build();

        assertThat(LocationWords.subject(l)).isEqualTo("/etc/shadow");
        assertThat(LocationWords.kindLabel(l)).isEqualTo("file");
    }

    @Test
    void shouldSayWhetherAnAnnotationIsTheManifestsOrAnIndexs() {
        Location manifest = Location.of(LocationKind.ANNOTATION).field("manifest").key("org.example.token").build();
        Location index = Location.of(LocationKind.ANNOTATION).field("index").key("org.example.token").build();

        assertThat(LocationWords.subject(manifest)).isEqualTo("org.example.token");
        assertThat(LocationWords.kindLabel(manifest)).isEqualTo("manifest annotation");
        assertThat(LocationWords.kindLabel(index)).isEqualTo("index annotation");
    }

    @Test
    void shouldNameEveryKindInWordsWithoutRepeatingAnother() {
        assertThat(Arrays.stream(LocationKind.values()).map(LocationWords::kindName))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank().doesNotContain("-"));
    }
}
