package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;

/** A scripted HTTP server standing in for a misbehaving registry: each path answers from a queue of replies. */
final class FakeRegistry implements AutoCloseable {
    /** One scripted reply. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body);
        }

        static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0]);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final Map<String, String> accepts = new ConcurrentHashMap<>();

    FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues replies for a path; the last one repeats. */
    FakeRegistry on(String path, Reply... script) {
        replies.put(path, new ConcurrentLinkedDeque<>(List.of(script)));
        return this;
    }

    synchronized List<String> requests() {
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
            Deque<Reply> script = replies.get(path);
            Reply reply = script == null ? Reply.status(404, Map.of())
                    : script.size() > 1 ? script.pollFirst() : script.peekFirst();
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
