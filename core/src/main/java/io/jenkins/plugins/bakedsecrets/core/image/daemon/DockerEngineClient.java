package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exports images from a Docker-compatible engine API ({@code GET /images/{name}/get}), which answers with a
 * docker-archive tar. Speaks just enough HTTP/1.1 by hand (GET, chunked decoding) to work over unix sockets, which
 * the JDK HTTP client cannot use.
 */
public final class DockerEngineClient {
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,511}");
    private static final int MAX_ERROR_BYTES = 16 * 1024;

    private final DockerHost host;

    /** A client of the engine at the given address. */
    public DockerEngineClient(DockerHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /**
     * Streams the docker-archive tar of an image; the caller closes the stream, which closes the connection.
     *
     * @throws DockerEngineException when the engine is unreachable or refuses, for example for an unknown image
     */
    public InputStream export(String imageName) {
        if (!IMAGE.matcher(imageName).matches()) {
            throw new IllegalArgumentException("invalid image name '" + imageName + "'");
        }
        SocketChannel channel = connect();
        try {
            OutputStream out = Channels.newOutputStream(channel);
            String request = "GET /images/" + imageName + "/get HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: baked-secrets\r\nAccept: application/x-tar\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            EngineResponse response = EngineResponse.read(Channels.newInputStream(channel));
            if (response.status() != 200) {
                throw refused(imageName, response);
            }
            return response.body();
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof DockerEngineException engine) {
                throw engine;
            }
            throw new DockerEngineException("docker engine at " + host + " failed to export " + imageName + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Exports an image into a new temporary {@code .tar} file in {@code directory} and returns it; the caller
     * deletes it. The file exists because a docker-archive cannot be read as a stream: {@code manifest.json} may come
     * after the layers it lists, so the archive reader needs random access.
     */
    public Path exportToFile(String imageName, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "docker-export-", ".tar");
        try (InputStream in = export(imageName)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private SocketChannel connect() {
        SocketAddress address = host.address();
        try {
            if (address instanceof InetSocketAddress inet && inet.isUnresolved()) {
                address = new InetSocketAddress(inet.getHostString(), inet.getPort());
            }
            return SocketChannel.open(address);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DockerEngineException("docker engine at " + host + " is unreachable: " + reason, e);
        }
    }

    private DockerEngineException refused(String imageName, EngineResponse response) throws IOException {
        String message = "";
        try (InputStream body = response.body()) {
            JsonNode json = new ObjectMapper().readTree(body.readNBytes(MAX_ERROR_BYTES));
            message = json == null ? "" : json.path("message").asText("");
        } catch (IOException e) {
            // The status alone still explains the failure.
        }
        String detail = message.isBlank() ? "" : ": " + message.lines().findFirst().orElse("");
        return new DockerEngineException("docker engine at " + host + " refused to export " + imageName
                + " (HTTP " + response.status() + ")" + detail);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Already failing; the original error is what matters.
        }
    }

    @Override
    public String toString() {
        return "DockerEngineClient[" + host + "]";
    }
}
