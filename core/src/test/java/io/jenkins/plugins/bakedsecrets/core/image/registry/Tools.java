package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools the integration tests need: skopeo, perl (bcrypt), openssl. */
public final class Tools {
    private Tools() {
    }

    /** Pushes the tag of an OCI layout to a registry over plain HTTP, copying every platform of an index. */
    public static void push(Path layout, String tag, String destination, String creds) throws IOException {
        List<String> command = new ArrayList<>(List.of("skopeo", "copy", "--quiet", "--all", "--preserve-digests",
                "--dest-tls-verify=false"));
        if (!creds.isEmpty()) {
            command.add("--dest-creds=" + creds);
        }
        command.add("oci:" + layout + ":" + tag);
        command.add("docker://" + destination);
        run(command);
    }

    /** A bcrypt hash made by the C library's crypt(3), which docker-registry's htpasswd accepts. */
    static String bcrypt(String password, String salt22) throws IOException {
        return run(List.of("perl", "-e", "print crypt($ARGV[0], '$2b$05$' . $ARGV[1])", password, salt22)).strip();
    }

    public static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed: " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }
}
