package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A rootful {@code podman system service} on a unix socket with private vfs storage, killed on close. */
public final class PodmanService implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/podman");
    private static final long START_TIMEOUT_MILLIS = 30_000;

    private final Path root;
    private final Path socket;
    private final Process process;

    public PodmanService(Path dir) throws IOException {
        root = dir;
        socket = dir.resolve("podman.sock");
        process = new ProcessBuilder(command("system", "service", "--time=0", "unix://" + socket))
                .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).start();
        awaitSocket();
    }

    /** Loads a docker-archive into the service's storage with the podman CLI. */
    public void load(Path archive) throws IOException {
        Process load = new ProcessBuilder(command("load", "-i", archive.toString())).redirectErrorStream(true).start();
        try {
            String output = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!load.waitFor(60, TimeUnit.SECONDS) || load.exitValue() != 0) {
                throw new IOException("podman load failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            load.destroyForcibly();
        }
    }

    public String dockerHost() {
        return "unix://" + socket;
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--root", root.resolve("root").toString(),
                "--runroot", root.resolve("runroot").toString(), "--storage-driver=vfs"));
        command.addAll(List.of(args));
        return command;
    }

    /** Polls until the service accepts connections: it gives no other readiness signal. */
    private void awaitSocket() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        close();
        throw new IOException("podman service did not start on " + socket);
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
