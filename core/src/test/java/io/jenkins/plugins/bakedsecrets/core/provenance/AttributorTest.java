package io.jenkins.plugins.bakedsecrets.core.provenance;

import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.diffIds;
import static io.jenkins.plugins.bakedsecrets.core.provenance.GovernanceFixtures.imageWithLayers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributorTest {
    private final GovernanceFixtures fx = new GovernanceFixtures();
    private final List<String> baseLayers = diffIds(2, "debian");
    private final Map<String, String> claim = Map.of(Attributor.BASE_NAME, "docker.io/library/debian:12");

    private TargetInfo appOn(List<String> base, Map<String, String> annotations) {
        List<String> layers = new ArrayList<>(base);
        layers.addAll(diffIds(2, "own"));
        return imageWithLayers("app:1", layers, "app", annotations);
    }

    @Test
    void shouldSplitBaseAndOwnLayersWhenBaseIsKnown() {
        Finding inBase = fx.file("aws-secret-key", Severity.HIGH, "/etc/base-key", 1, 0);
        Finding inOwn = fx.file("aws-secret-key", Severity.HIGH, "/app/key", 2, 0);
        Finding inEnv = fx.env("github-token", Severity.HIGH, "TOKEN", 0);
        ScanReport report = fx.report(appOn(baseLayers, claim), inBase, inOwn, inEnv);
        TargetInfo baseTarget = imageWithLayers("debian:12", baseLayers, "debian", Map.of());
        BaseImage base = BaseImage.of(fx.report(baseTarget)).orElseThrow();

        Map<String, Attribution> a = Attributor.attribute(report, Optional.of(base));

        assertThat(a).containsExactly(Map.entry(inBase.findingId(), Attribution.BASE),
                Map.entry(inOwn.findingId(), Attribution.OWN), Map.entry(inEnv.findingId(), Attribution.UNKNOWN));
    }

    @Test
    void shouldCallEverythingOwnWithoutBase() {
        Finding f = fx.file("aws-secret-key", Severity.HIGH, "/etc/base-key", 0, 0);

        assertThat(Attributor.attribute(fx.report(appOn(baseLayers, Map.of()), f), Optional.empty()))
                .containsExactly(Map.entry(f.findingId(), Attribution.OWN));
    }

    @Test
    void shouldBeUnknownWhenClaimedBaseDoesNotMatch() {
        Finding f = fx.file("aws-secret-key", Severity.HIGH, "/etc/base-key", 0, 0);
        BaseImage otherBase = new BaseImage(diffIds(2, "alpine"));

        assertThat(Attributor.attribute(fx.report(appOn(baseLayers, claim), f), Optional.of(otherBase)))
                .containsExactly(Map.entry(f.findingId(), Attribution.UNKNOWN));
        assertThat(Attributor.attribute(fx.report(appOn(baseLayers, claim), f), Optional.empty()))
                .containsExactly(Map.entry(f.findingId(), Attribution.UNKNOWN));
        assertThat(Attributor.attribute(fx.report(appOn(baseLayers, Map.of()), f), Optional.of(otherBase)))
                .containsExactly(Map.entry(f.findingId(), Attribution.OWN));
    }
}
