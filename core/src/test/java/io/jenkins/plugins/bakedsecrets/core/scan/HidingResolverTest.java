package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HidingResolverTest {
    private static Location fileAt(String path, int layer) {
        return Location.of(LocationKind.FILE).path(path).layer(layer, "sha256:l" + layer, "sha256:d" + layer).line(1)
                .build();
    }

    @Test
    void shouldMarkFileDeletedWhenLaterLayerHasWhiteout() {
        LayerEntries l0 = new LayerEntries();
        l0.entry("/root/.aws/credentials");
        LayerEntries l1 = new LayerEntries();
        LayerEntries l2 = new LayerEntries();
        l2.whiteout("/root/.aws/credentials");

        Location resolved = new HidingResolver(List.of(l0, l1, l2)).resolve(fileAt("/root/.aws/credentials", 0));

        assertThat(resolved.deleted()).isTrue();
        assertThat(resolved.overwritten()).isFalse();
        assertThat(resolved.hiddenBy()).hasValue(2);
    }

    @Test
    void shouldNotLetWhiteoutHideFilesOfItsOwnLayer() {
        LayerEntries l0 = new LayerEntries();
        l0.entry("/a");
        l0.whiteout("/a");

        Location resolved = new HidingResolver(List.of(l0)).resolve(fileAt("/a", 0));

        assertThat(resolved.deleted()).isFalse();
        assertThat(resolved.hiddenBy()).isEmpty();
    }

    @Test
    void shouldMarkDeletedWhenParentDirectoryIsWhitedOutOrOpaque() {
        LayerEntries l0 = new LayerEntries();
        LayerEntries l1 = new LayerEntries();
        l1.opaque("/srv/app");
        LayerEntries l2 = new LayerEntries();
        l2.whiteout("/etc");
        HidingResolver resolver = new HidingResolver(List.of(l0, l1, l2));

        assertThat(resolver.resolve(fileAt("/srv/app/conf/.env", 0)).hiddenBy()).hasValue(1);
        assertThat(resolver.resolve(fileAt("/srv/application.env", 0)).deleted()).isFalse();
        assertThat(resolver.resolve(fileAt("/etc/secret", 1)).hiddenBy()).hasValue(2);
    }

    @Test
    void shouldMarkOverwrittenWhenLaterLayerReplacesPath() {
        LayerEntries l0 = new LayerEntries();
        LayerEntries l1 = new LayerEntries();
        l1.entry("/app/config.yaml");

        Location resolved = new HidingResolver(List.of(l0, l1)).resolve(fileAt("/app/config.yaml", 0));

        assertThat(resolved.overwritten()).isTrue();
        assertThat(resolved.deleted()).isFalse();
        assertThat(resolved.hiddenBy()).hasValue(1);
    }

    @Test
    void shouldUseOuterArchivePathForEntriesInsideArchives() {
        LayerEntries l0 = new LayerEntries();
        LayerEntries l1 = new LayerEntries();
        l1.whiteout("/app/orders.jar");

        Location resolved = new HidingResolver(List.of(l0, l1))
                .resolve(fileAt("/app/orders.jar!/BOOT-INF/classes/application.properties", 0));

        assertThat(resolved.deleted()).isTrue();
    }

    @Test
    void shouldKeepFileVisibleWhenSurvivingHardLinkReachesIt() {
        LayerEntries l0 = new LayerEntries();
        l0.entry("/tmp/key.pem");
        l0.hardLink("/opt/keep/key.pem", "/tmp/key.pem");
        LayerEntries l1 = new LayerEntries();
        l1.whiteout("/tmp/key.pem");

        Location resolved = new HidingResolver(List.of(l0, l1)).resolve(fileAt("/tmp/key.pem", 0));

        assertThat(resolved.deleted()).isFalse();
        assertThat(resolved.hiddenBy()).isEmpty();
    }

    @Test
    void shouldMarkDeletedWhenFileAndAllItsLinksAreHidden() {
        LayerEntries l0 = new LayerEntries();
        l0.hardLink("/opt/keep/key.pem", "/tmp/key.pem");
        LayerEntries l1 = new LayerEntries();
        l1.whiteout("/opt/keep");
        LayerEntries l2 = new LayerEntries();
        l2.whiteout("/tmp/key.pem");

        Location resolved = new HidingResolver(List.of(l0, l1, l2)).resolve(fileAt("/tmp/key.pem", 0));

        assertThat(resolved.deleted()).isTrue();
        assertThat(resolved.hiddenBy()).hasValue(2);
    }

    @Test
    void shouldLeaveConfigLocationsAlone() {
        Location env = Location.of(LocationKind.ENV).key("TOKEN").build();

        assertThat(new HidingResolver(List.of(new LayerEntries())).resolve(env)).isEqualTo(env);
    }
}
