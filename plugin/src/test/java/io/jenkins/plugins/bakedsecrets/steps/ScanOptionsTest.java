package io.jenkins.plugins.bakedsecrets.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanOptionsTest {
    @Test
    void shouldNormaliseInputsWhenCreated() {
        ScanOptions options = new ScanOptions(List.of(" docker-archive:app.tar ", " "), "build-1",
                Optional.of("  "), List.of(" a ", "a", "", "b"), true, " HIGH ", Optional.of(" "));

        assertThat(options.images()).containsExactly("docker-archive:app.tar");
        assertThat(options.registryCredentialsId()).isEmpty();
        assertThat(options.knownSecretsCredentialsIds()).containsExactly("a", "b");
        assertThat(options.failOn()).isEqualTo("high");
        assertThat(options.failThreshold()).contains(Severity.HIGH);
        assertThat(options.waivers()).isEmpty();
    }

    @Test
    void shouldNeverFailWhenFailOnIsNoneOrBlank() {
        assertThat(ScanOptions.normaliseFailOn("")).isEqualTo("none");
        assertThat(ScanOptions.normaliseFailOn(null)).isEqualTo("none");
        assertThat(new ScanOptions(List.of("oci:dir"), "n", Optional.empty(), List.of(), false, "None",
                Optional.empty()).failThreshold()).isEmpty();
    }

    @Test
    void shouldOfferEveryFailOnValueOnceWhenFormsFillTheirChoices() {
        assertThat(ScanOptions.failOnValues()).containsExactly("none", "critical", "high", "medium", "low", "info");
        assertThat(ScanOptions.failOnValues()).allMatch(v -> ScanOptions.normaliseFailOn(v).equals(v));
    }

    @Test
    void shouldTrimWaiversPathWhenGiven() {
        assertThat(new ScanOptions(List.of("oci:dir"), "n", Optional.empty(), List.of(), false, "none",
                Optional.of(" .baked-secrets.yaml ")).waivers()).contains(".baked-secrets.yaml");
    }

    @Test
    void shouldRejectUnknownSeverityWhenParsingFailOn() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScanOptions.normaliseFailOn("severe"))
                .withMessageContaining("severe");
    }

    @Test
    void shouldRejectOptionsWhenNoImageIsGiven() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScanOptions(List.of(" "), "n",
                Optional.empty(), List.of(), true, "none", Optional.empty()));
    }

    @Test
    void shouldRejectNameWhenItCannotBeAUrlSegment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScanOptions(List.of("oci:dir"), "../x",
                Optional.empty(), List.of(), true, "none", Optional.empty())).withMessageContaining("../x");
    }

    @Test
    void shouldUseControllerDefaultWhenStepLeavesFailOnBlank() {
        assertThat(ScanOptions.failOnOrDefault(" ", "critical")).isEqualTo("critical");
        assertThat(ScanOptions.failOnOrDefault("low", "critical")).isEqualTo("low");
        assertThat(ScanOptions.nameOrDefault("")).isEqualTo(ScanOptions.DEFAULT_NAME);
    }
}
