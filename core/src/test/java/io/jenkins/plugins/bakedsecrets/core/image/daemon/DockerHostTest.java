package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerHostTest {
    @Test
    void shouldUseDefaultSocketWhenDockerHostIsUnset() {
        DockerHost host = DockerHost.fromEnvironment(Map.of());

        assertThat(host.address()).isEqualTo(UnixDomainSocketAddress.of(Path.of("/var/run/docker.sock")));
        assertThat(host).hasToString("unix:///var/run/docker.sock");
    }

    @Test
    void shouldParseHostAndPortWhenDockerHostIsTcp() {
        DockerHost host = DockerHost.fromEnvironment(Map.of("DOCKER_HOST", "tcp://10.1.2.3:2375"));

        assertThat(host.address()).isEqualTo(InetSocketAddress.createUnresolved("10.1.2.3", 2375));
    }

    @Test
    void shouldRejectDockerHostWhenSchemeIsUnsupported() {
        assertThatThrownBy(() -> DockerHost.parse("ssh://me@host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOCKER_HOST 'ssh://me@host' must start with unix:// or tcp://");
    }
}
