package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-written HTTP/1.1 client against a scripted one-shot server on tcp://. */
class DockerEngineClientTest {
    private ServerSocket server;
    private final CompletableFuture<String> request = new CompletableFuture<>();

    private DockerEngineClient serve(String response) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> answer(response), "fake-engine");
        thread.setDaemon(true);
        thread.start();
        return new DockerEngineClient(DockerHost.parse("tcp://127.0.0.1:" + server.getLocalPort()));
    }

    private void answer(String response) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            request.complete(head.toString());
            OutputStream out = socket.getOutputStream();
            out.write(response.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            request.completeExceptionally(e);
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldDecodeChunkedBodyWhenEngineStreamsArchive() throws Exception {
        DockerEngineClient client = serve("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n4\r\ntar-\r\n5\r\nbytes\r\n0\r\n\r\n");

        try (InputStream in = client.export("localhost/app:v1")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("tar-bytes");
        }
        assertThat(request.get()).startsWith("GET /images/localhost/app:v1/get HTTP/1.1\r\n");
    }

    @Test
    void shouldStopAtContentLengthWhenBodyIsNotChunked() throws Exception {
        DockerEngineClient client = serve("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef");

        try (InputStream in = client.export("app")) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void shouldReportEngineMessageWhenExportIsRefused() throws Exception {
        String body = "{\"message\":\"No such image: app:v9\"}";
        DockerEngineClient client = serve("HTTP/1.1 404 Not Found\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);

        assertThatThrownBy(() -> client.export("app:v9"))
                .isInstanceOf(DockerEngineException.class)
                .hasMessage("docker engine at tcp://127.0.0.1:" + server.getLocalPort()
                        + " refused to export app:v9 (HTTP 404): No such image: app:v9");
    }

    @Test
    void shouldRejectImageNameWhenItCouldInjectIntoTheRequest() {
        DockerEngineClient client = new DockerEngineClient(DockerHost.parse("tcp://127.0.0.1:1"));

        assertThatThrownBy(() -> client.export("app\r\nHost: evil"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid image name");
    }
}
