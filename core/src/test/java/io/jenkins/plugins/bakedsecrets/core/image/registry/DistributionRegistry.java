package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real {@code docker-registry} on 127.0.0.1 and a random port, killed on close. */
public final class DistributionRegistry implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/docker-registry");

    private final Process process;
    private final int port;
    private final List<String> log = new ArrayList<>();

    private DistributionRegistry(Path dir, String authSection) throws IOException {
        this(dir, authSection, "");
    }

    private DistributionRegistry(Path dir, String authSection, String httpExtra) throws IOException {
        port = freePort();
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "version: 0.1\n"
                + "log:\n  level: info\n  accesslog:\n    disabled: true\n"
                + "storage:\n  filesystem:\n    rootdirectory: " + dir.resolve("storage") + "\n"
                + "http:\n  addr: 127.0.0.1:" + port + "\n  secret: test-secret-" + port + "\n" + httpExtra
                + authSection);
        process = new ProcessBuilder(BINARY.toString(), "serve", config.toString()).redirectErrorStream(true).start();
        awaitListening();
    }

    /** A registry anyone may pull from and push to. */
    public static DistributionRegistry anonymous(Path dir) throws IOException {
        return new DistributionRegistry(dir, "");
    }

    /** A registry requiring HTTP Basic with users from a bcrypt htpasswd file. */
    static DistributionRegistry htpasswd(Path dir, Path htpasswd) throws IOException {
        return new DistributionRegistry(dir, "auth:\n  htpasswd:\n    realm: test\n    path: " + htpasswd + "\n");
    }

    /** A registry serving HTTPS with the given certificate and key, anonymous access. */
    static DistributionRegistry tls(Path dir, Path cert, Path key) throws IOException {
        return new DistributionRegistry(dir, "", "  tls:\n    certificate: " + cert + "\n    key: " + key + "\n");
    }

    /** A registry trusting tokens signed by the key of {@code certBundle}. */
    static DistributionRegistry token(Path dir, String realm, Path certBundle) throws IOException {
        return new DistributionRegistry(dir, "auth:\n  token:\n    realm: " + realm + "\n"
                + "    service: " + TokenServer.SERVICE + "\n    issuer: " + TokenServer.ISSUER + "\n"
                + "    rootcertbundle: " + certBundle + "\n");
    }

    public String host() {
        return "127.0.0.1:" + port;
    }

    private void awaitListening() throws IOException {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(listening), "registry-log-" + port);
        reader.setDaemon(true);
        reader.start();
        try {
            listening.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            close();
            throw new IOException("docker-registry did not start: " + logText(), e);
        }
    }

    private void drain(CompletableFuture<Void> listening) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (log) {
                    log.add(line);
                }
                if (line.contains("listening on")) {
                    listening.complete(null);
                }
            }
            listening.completeExceptionally(new IOException("docker-registry exited"));
        } catch (IOException e) {
            listening.completeExceptionally(new UncheckedIOException(e));
        }
    }

    private String logText() {
        synchronized (log) {
            return String.join(" | ", log);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
