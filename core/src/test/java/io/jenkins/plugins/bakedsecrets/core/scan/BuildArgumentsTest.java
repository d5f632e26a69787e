package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildArgumentsTest {
    @Test
    void shouldReadBuildArgumentsOfBuildKitRunLine() {
        List<BuildArguments.Assignment> args = BuildArguments.parse(
                "RUN |2 NPM_TOKEN=abc123def456 VERSION=1.2 /bin/sh -c npm ci # buildkit");

        assertThat(args).extracting(BuildArguments.Assignment::key).containsExactly("NPM_TOKEN", "VERSION");
        assertThat(args.get(0).value()).isEqualTo("abc123def456");
    }

    @Test
    void shouldReadBuildArgumentsOfClassicBuilderLine() {
        List<BuildArguments.Assignment> args = BuildArguments.parse("|1 PASSWORD=s3cr3t-value /bin/sh -c make");

        assertThat(args).extracting(BuildArguments.Assignment::key).containsExactly("PASSWORD");
    }

    @Test
    void shouldReadEnvInstructionInBothForms() {
        assertThat(BuildArguments.parse("/bin/sh -c #(nop)  ENV API_KEY=xyz OTHER=\"a b\""))
                .extracting(BuildArguments.Assignment::key).containsExactly("API_KEY", "OTHER");
        assertThat(BuildArguments.parse("ENV TOKEN some-value"))
                .extracting(BuildArguments.Assignment::value).containsExactly("some-value");
    }

    @Test
    void shouldReturnNothingForPlainRunLine() {
        assertThat(BuildArguments.parse("RUN /bin/sh -c apt-get update # buildkit")).isEmpty();
    }

    @Test
    void shouldNeverPrintValues() {
        assertThat(BuildArguments.parse("|1 PASSWORD=hunter2hunter2 /bin/sh -c x").toString())
                .doesNotContain("hunter2");
    }
}
