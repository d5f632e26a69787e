package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A scripted HTTP server standing in for a misbehaving registry: each path answers from a queue of answers. Besides
 * plain replies it can serve the blobs of an OCI layout and misbehave on purpose: fall silent after half a body,
 * drip a body byte by byte, send an endless body, or never answer at all.
 */
public final class FakeRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one request is answered. */
    @FunctionalInterface
    public interface Answer {
        /** Sends the answer; may block until the registry closes. */
        void send(HttpExchange exchange, FakeRegistry registry) throws IOException, InterruptedException;
    }

    /** One scripted reply with a complete body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) implements Answer {
        /** A 200 reply. */
        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body);
        }

        /** A reply without body. */
        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0]);
        }

        @Override
        public void send(HttpExchange exchange, FakeRegistry registry) throws IOException {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-registry");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, Deque<Answer>> replies = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final Map<String, String> accepts = new ConcurrentHashMap<>();

    /** Starts a server on a free loopback port. */
    public FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code 127.0.0.1:PORT}. */
    public String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues answers for a path; the last one repeats. */
    public FakeRegistry on(String path, Answer... script) {
        replies.put(path, new ConcurrentLinkedDeque<>(List.of(script)));
        return this;
    }

    /**
     * Serves the image an OCI layout's {@code index.json} names {@code tag} as {@code REPO:TAG}, and every blob of
     * the layout by digest, as a well-behaved registry would.
     */
    public FakeRegistry serveLayout(Path layout, String repository, String tag) throws IOException {
        try (var files = Files.list(layout.resolve("blobs/sha256"))) {
            for (Path blob : files.toList()) {
                String digest = "sha256:" + blob.getFileName();
                byte[] bytes = Files.readAllBytes(blob);
                on("/v2/" + repository + "/blobs/" + digest, Reply.ok("application/octet-stream", bytes));
                String type = mediaType(bytes);
                if (!type.isEmpty()) {
                    on("/v2/" + repository + "/manifests/" + digest, Reply.ok(type, bytes));
                }
            }
        }
        for (JsonNode root : JSON.readTree(layout.resolve("index.json").toFile()).get("manifests")) {
            if (tag.equals(root.path("annotations").path("org.opencontainers.image.ref.name").asText())) {
                String hex = root.get("digest").asText().substring("sha256:".length());
                on("/v2/" + repository + "/manifests/" + tag, Reply.ok(root.get("mediaType").asText(),
                        Files.readAllBytes(layout.resolve("blobs/sha256/" + hex))));
            }
        }
        return this;
    }

    private static String mediaType(byte[] bytes) {
        try {
            return JSON.readTree(bytes).path("mediaType").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Sends headers announcing the whole body, the first {@code sent} bytes, and then nothing until closed. */
    public static Answer stallAfter(String contentType, byte[] body, int sent) {
        return (exchange, registry) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            registry.awaitClose();
        };
    }

    /** Sends the body one byte per {@code interval}. */
    public static Answer drip(String contentType, byte[] body, Duration interval) {
        return (exchange, registry) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    if (registry.closed.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
        };
    }

    /** Sends a chunked body of the repeated byte {@code fill} that never ends, until the client goes away. */
    public static Answer endless(String contentType, byte fill) {
        return (exchange, registry) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, fill);
            try (OutputStream out = exchange.getResponseBody()) {
                while (registry.closed.getCount() > 0) {
                    out.write(chunk);
                }
            } catch (IOException clientWentAway) {
                // what an endless body ends with
            }
        };
    }

    /** Never sends a response, not even headers, until closed. */
    public static Answer silent() {
        return (exchange, registry) -> registry.awaitClose();
    }

    private void awaitClose() throws InterruptedException {
        closed.await();
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The body of the last request to a path. */
    String body(String path) {
        return bodies.getOrDefault(path, "");
    }

    /** The Authorization header of the last request to a path that had one. */
    String authorization(String path) {
        return authorizations.getOrDefault(path, "");
    }

    /** The Accept header of the last request to a path. */
    String accept(String path) {
        return accepts.getOrDefault(path, "");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            synchronized (this) {
                requests.add(exchange.getRequestMethod() + " " + path);
            }
            bodies.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.put(path, auth);
            }
            accepts.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            Deque<Answer> script = replies.get(path);
            Answer answer = script == null ? Reply.status(404, Map.of())
                    : script.size() > 1 ? script.pollFirst() : script.peekFirst();
            answer.send(exchange, this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
