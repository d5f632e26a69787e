package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the engine API listens, as given by {@code DOCKER_HOST}: {@code unix:///path} or {@code tcp://host:port}.
 * TLS ({@code DOCKER_TLS_VERIFY}) is not supported; use a unix socket or an SSH tunnel.
 *
 * @param address the socket address
 * @param display the address as the user wrote it, for messages
 */
public record DockerHost(SocketAddress address, String display) {
    /** The engine's default socket. */
    public static final String DEFAULT = "unix:///var/run/docker.sock";

    /** Validates components. */
    public DockerHost {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(display, "display");
    }

    /** Parses a {@code DOCKER_HOST} value. */
    public static DockerHost parse(String value) {
        String text = value.strip();
        if (text.startsWith("unix://")) {
            String path = text.substring("unix://".length());
            if (path.isEmpty()) {
                throw new IllegalArgumentException("DOCKER_HOST '" + text + "' names no socket path");
            }
            return new DockerHost(UnixDomainSocketAddress.of(Path.of(path)), text);
        }
        if (text.startsWith("tcp://")) {
            URI uri = URI.create(text);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalArgumentException("DOCKER_HOST '" + text + "' must be tcp://host:port");
            }
            return new DockerHost(InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort()), text);
        }
        throw new IllegalArgumentException("DOCKER_HOST '" + text + "' must start with unix:// or tcp://");
    }

    /** The host from {@code DOCKER_HOST} in the given environment, else the default socket. */
    public static DockerHost fromEnvironment(Map<String, String> env) {
        String value = env.get("DOCKER_HOST");
        return parse(value == null || value.isBlank() ? DEFAULT : value);
    }

    @Override
    public String toString() {
        return display;
    }
}
