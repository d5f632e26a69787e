package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Credentials from a Docker {@code config.json} or containers {@code auth.json}: per-host credential helpers first,
 * then inline {@code auths} entries, then the default {@code credsStore}.
 */
public final class AuthFile {
    private static final int MAX_BYTES = 1024 * 1024;

    private final Path file;
    private final JsonNode root;
    private final CredentialHelper helpers;

    AuthFile(Path file, JsonNode root, CredentialHelper helpers) {
        this.file = file;
        this.root = root;
        this.helpers = helpers;
    }

    /**
     * Reads an auth file; helpers are looked up on {@code PATH}.
     *
     * @throws RegistryException when the file cannot be read or is not JSON
     */
    public static AuthFile load(Path file) {
        return load(file, CredentialHelper.onPath());
    }

    static AuthFile load(Path file, CredentialHelper helpers) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new RegistryException("auth file " + file + " exceeds " + MAX_BYTES + " bytes");
            }
            JsonNode root = new ObjectMapper().readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new RegistryException("auth file " + file + " is not a JSON object");
            }
            return new AuthFile(file, root, helpers);
        } catch (IOException e) {
            // Jackson messages may quote file content, which can hold passwords: name the file only.
            throw new RegistryException("cannot read auth file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * The auth file the container tools would use: {@code REGISTRY_AUTH_FILE}, then containers' {@code auth.json}
     * under {@code XDG_RUNTIME_DIR} and {@code ~/.config}, then Docker's {@code config.json} under {@code DOCKER_CONFIG}
     * or {@code ~/.docker}; the first that exists wins.
     */
    public static Optional<Path> discover(Map<String, String> env, Path home) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(env.get("REGISTRY_AUTH_FILE")).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(env.get("XDG_RUNTIME_DIR")).map(d -> Path.of(d, "containers", "auth.json"))
                .ifPresent(candidates::add);
        candidates.add(home.resolve(".config/containers/auth.json"));
        candidates.add(Optional.ofNullable(env.get("DOCKER_CONFIG")).map(Path::of).orElse(home.resolve(".docker"))
                .resolve("config.json"));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** The credentials for a registry host, if the file has any. */
    public Optional<Credentials> lookup(String registry) {
        String host = RegistryImageName.normaliseHost(registry);
        Optional<String> helper = text(root.path("credHelpers"), host);
        if (helper.isPresent()) {
            return helpers.get(helper.get(), helperServer(host));
        }
        Optional<Credentials> inline = inline(host);
        if (inline.isPresent()) {
            return inline;
        }
        return text(root, "credsStore").flatMap(store -> helpers.get(store, helperServer(host)));
    }

    private Optional<Credentials> inline(String host) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("auths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (host.equals(keyHost(entry.getKey()))) {
                return entryCredentials(entry.getValue(), entry.getKey());
            }
        }
        return Optional.empty();
    }

    private Optional<Credentials> entryCredentials(JsonNode entry, String key) {
        String user = text(entry, "username").orElse("");
        String password = text(entry, "password").orElse("");
        Optional<String> auth = text(entry, "auth");
        if (auth.isPresent()) {
            String decoded = decode(auth.get(), key);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new RegistryException("auth file " + file + ": entry " + key + " is not base64 of user:password");
            }
            user = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        }
        Optional<String> token = text(entry, "identitytoken");
        if (token.isPresent()) {
            return Optional.of(Credentials.identity(user, token.get()));
        }
        return user.isEmpty() ? Optional.empty() : Optional.of(Credentials.basic(user, password));
    }

    private String decode(String auth, String key) {
        try {
            return new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RegistryException("auth file " + file + ": entry " + key + " is not valid base64");
        }
    }

    /** Keys may be bare hosts or URLs such as {@code https://index.docker.io/v1/}. */
    static String keyHost(String key) {
        String host = key;
        if (key.contains("://")) {
            host = Objects.requireNonNullElse(URI.create(key).getRawAuthority(), key);
        }
        int slash = host.indexOf('/');
        return RegistryImageName.normaliseHost(slash < 0 ? host : host.substring(0, slash));
    }

    /** Docker stores Docker Hub credentials in helpers under its legacy index URL. */
    private static String helperServer(String host) {
        return RegistryImageName.DOCKER_HUB.equals(host) ? "https://index.docker.io/v1/" : host;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "AuthFile[" + file + "]";
    }
}
