package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs {@code docker-credential-<name> get} with the server on stdin and reads {@code {Username, Secret}}. */
final class CredentialHelper {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final int MAX_OUTPUT = 64 * 1024;
    private static final long TIMEOUT_SECONDS = 30;
    private static final String TOKEN_USER = "<token>";

    private final Optional<Path> directory;

    private CredentialHelper(Optional<Path> directory) {
        this.directory = directory;
    }

    /** Helpers found on {@code PATH}. */
    static CredentialHelper onPath() {
        return new CredentialHelper(Optional.empty());
    }

    /** Helpers in one directory, so that tests do not depend on {@code PATH}. */
    static CredentialHelper in(Path directory) {
        return new CredentialHelper(Optional.of(directory));
    }

    Optional<Credentials> get(String helper, String server) {
        if (!NAME.matcher(helper).matches()) {
            throw new RegistryException("invalid credential helper name '" + helper + "'");
        }
        String program = "docker-credential-" + helper;
        String command = directory.map(d -> d.resolve(program).toString()).orElse(program);
        try {
            Process process = new ProcessBuilder(List.of(command, "get"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(server.getBytes(StandardCharsets.UTF_8));
            }
            byte[] output;
            try (InputStream stdout = process.getInputStream()) {
                output = stdout.readNBytes(MAX_OUTPUT);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RegistryException(program + " did not answer for " + server + " within 30 s");
            }
            return parse(program, server, process.exitValue(), output);
        } catch (IOException e) {
            throw new RegistryException("cannot run " + program + " for " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(program + " was interrupted for " + server, e);
        }
    }

    private static Optional<Credentials> parse(String program, String server, int exit, byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        if (exit != 0) {
            // The helper protocol reports a missing entry on stdout; anything else is a failure. Output is not
            // echoed because a misbehaving helper could print a secret.
            if (text.contains("credentials not found")) {
                return Optional.empty();
            }
            throw new RegistryException(program + " failed for " + server + " (exit " + exit + ")");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(text);
            String user = json.path("Username").asText("");
            String secret = json.path("Secret").asText("");
            if (TOKEN_USER.equals(user)) {
                return Optional.of(Credentials.identity("", secret));
            }
            return user.isEmpty() ? Optional.empty() : Optional.of(Credentials.basic(user, secret));
        } catch (IOException e) {
            // The parser message can quote the output, which holds the secret: no cause.
            throw new RegistryException(program + " returned no JSON credentials for " + server);
        }
    }
}
