package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryImageNameTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void shouldNormaliseToDockerHubLibraryWhenNameHasNoHost() {
        RegistryImageName name = RegistryImageName.parse("alpine");

        assertThat(name).isEqualTo(new RegistryImageName("docker.io", "library/alpine", Optional.of("latest"),
                Optional.empty()));
        assertThat(name.apiHost()).isEqualTo("registry-1.docker.io");
    }

    @Test
    void shouldKeepOrganisationWhenDockerHubNameHasTwoComponents() {
        assertThat(RegistryImageName.parse("docker://index.docker.io/jenkins/jenkins:lts").toString())
                .isEqualTo("docker.io/jenkins/jenkins:lts");
    }

    @Test
    void shouldParseHostPortAndTagWhenNameHasBoth() {
        RegistryImageName name = RegistryImageName.parse("127.0.0.1:5000/team/app:1.2");

        assertThat(name.registry()).isEqualTo("127.0.0.1:5000");
        assertThat(name.repository()).isEqualTo("team/app");
        assertThat(name.reference()).isEqualTo("1.2");
    }

    @Test
    void shouldPreferDigestAsReferenceWhenNameHasTagAndDigest() {
        RegistryImageName name = RegistryImageName.parse("localhost/app:v1@" + DIGEST);

        assertThat(name.tag()).contains("v1");
        assertThat(name.reference()).isEqualTo(DIGEST);
        assertThat(name.apiHost()).isEqualTo("localhost");
    }

    @Test
    void shouldHaveNoTagWhenPulledByDigestOnly() {
        RegistryImageName name = RegistryImageName.parse("quay.io/org/app@" + DIGEST);

        assertThat(name.tag()).isEmpty();
        assertThat(name.toString()).isEqualTo("quay.io/org/app@" + DIGEST);
    }

    @Test
    void shouldRejectNameWhenRepositoryHasUpperCase() {
        assertThatThrownBy(() -> RegistryImageName.parse("quay.io/Org/app"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid repository name 'Org/app'");
    }

    @Test
    void shouldRejectNameWhenDigestIsMalformed() {
        assertThatThrownBy(() -> RegistryImageName.parse("quay.io/org/app@sha256:xyz"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid digest 'sha256:xyz'");
    }

    @Test
    void shouldRejectNameWhenPathTriesToEscape() {
        assertThatThrownBy(() -> RegistryImageName.parse("quay.io/org/../app"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid repository name 'org/../app'");
    }
}
