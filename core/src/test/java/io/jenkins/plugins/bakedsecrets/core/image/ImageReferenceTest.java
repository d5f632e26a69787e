package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void shouldParseDockerArchiveWithRepoTagWhenTagHasColon() {
        ImageReference ref = ImageReference.parse("docker-archive:/tmp/x.tar:app:1.0");

        assertThat(ref.transport()).isEqualTo(Transport.DOCKER_ARCHIVE);
        assertThat(ref.location()).isEqualTo("/tmp/x.tar");
        assertThat(ref.name()).contains("app:1.0");
        assertThat(ref.index()).isEmpty();
        assertThat(ref).hasToString("docker-archive:/tmp/x.tar:app:1.0");
    }

    @Test
    void shouldParseIndexWhenDockerArchiveHasAtIndex() {
        ImageReference ref = ImageReference.parse("docker-archive:x.tar:@2");

        assertThat(ref.index()).isEqualTo(OptionalInt.of(2));
        assertThat(ref.name()).isEmpty();
    }

    @Test
    void shouldParseOciLayoutWithAndWithoutRef() {
        assertThat(ImageReference.parse("oci:/l:app")).satisfies(r -> {
            assertThat(r.transport()).isEqualTo(Transport.OCI);
            assertThat(r.location()).isEqualTo("/l");
            assertThat(r.name()).contains("app");
        });
        assertThat(ImageReference.parse("oci:/l").name()).isEmpty();
        assertThat(ImageReference.parse("oci-archive:/a.tar:v1")).satisfies(r -> {
            assertThat(r.transport()).isEqualTo(Transport.OCI_ARCHIVE);
            assertThat(r.location()).isEqualTo("/a.tar");
            assertThat(r.name()).contains("v1");
        });
    }

    @Test
    void shouldParseRegistryReferenceWithPortAndTag() {
        ImageReference ref = ImageReference.parse("docker://localhost:5000/team/app:1.2");

        assertThat(ref.transport()).isEqualTo(Transport.DOCKER);
        assertThat(ref.location()).isEqualTo("localhost:5000/team/app");
        assertThat(ref.name()).contains("1.2");
        assertThat(ref.digest()).isEmpty();
    }

    @Test
    void shouldParseRegistryReferenceWithDigestAndNoTagWhenPortOnly() {
        assertThat(ImageReference.parse("docker://localhost:5000/app@" + DIGEST).digest()).contains(DIGEST);
        ImageReference untagged = ImageReference.parse("docker://localhost:5000/app");
        assertThat(untagged.location()).isEqualTo("localhost:5000/app");
        assertThat(untagged.name()).isEmpty();
    }

    @Test
    void shouldParseDaemonNameTagAndImageId() {
        ImageReference named = ImageReference.parse("docker-daemon:app:latest");
        assertThat(named.location()).isEqualTo("app");
        assertThat(named.name()).contains("latest");
        assertThat(ImageReference.parse("docker-daemon:" + DIGEST).digest()).isEqualTo(Optional.of(DIGEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "app:1", "docker-archive:", "oci::ref", "docker-archive:x.tar:@x",
        "docker://host/app@sha256:zz", "docker://", "docker-daemon:sha256:12", "docker://host/app:"})
    void shouldRejectWhenReferenceIsMalformed(String text) {
        assertThatThrownBy(() -> ImageReference.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker://bot:%s@127.0.0.1:5000/app:1", "docker://bot:%s@/app", "docker://:%s@host/app",
        "docker://%s@host/app@sha256:abc", "docker://bot:%s@host"})
    void shouldRejectWithoutEchoingUserInfoWhenRegistryReferenceCarriesCredentials(String shape) {
        String token = PlantedSecrets.githubToken();

        assertThatThrownBy(() -> ImageReference.parse(shape.formatted(token)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carries credentials").hasMessageContaining("***@")
                .satisfies(e -> LeakCheck.assertNoLeak("error message", e.getMessage(), token))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("bot:"));
    }

    @Test
    void shouldMatchPlatformVariantOnlyWhenSelectorHasOne() {
        TargetSelector arm = TargetSelector.of(Platform.parse("linux/arm64"));

        assertThat(arm.matches(Optional.of(Platform.parse("linux/arm64/v8")))).isTrue();
        TargetSelector armV7 = TargetSelector.of(Platform.parse("linux/arm/v7"));
        assertThat(armV7.matches(Optional.of(Platform.parse("linux/arm/v6")))).isFalse();
        assertThat(arm.matches(Optional.empty())).isFalse();
        assertThat(TargetSelector.ALL.matches(Optional.empty())).isTrue();
    }
}
