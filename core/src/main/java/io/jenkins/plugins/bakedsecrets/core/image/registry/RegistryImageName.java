package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fully qualified image name in a registry, normalised the way Docker does: no host means {@code docker.io}, and a
 * single-component Docker Hub repository lives under {@code library/}.
 *
 * @param registry registry host with optional port, for example {@code 127.0.0.1:5000} or {@code docker.io}
 * @param repository repository path, for example {@code library/alpine}
 * @param tag tag; empty when pulled by digest only
 * @param digest {@code algorithm:hex} digest when pulled by digest
 */
public record RegistryImageName(String registry, String repository, Optional<String> tag, Optional<String> digest) {
    /** The registry Docker Hub names are normalised to. */
    public static final String DOCKER_HUB = "docker.io";

    private static final String DEFAULT_TAG = "latest";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");
    private static final Pattern REPOSITORY =
            Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

    /** Validates components. */
    public RegistryImageName {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(digest, "digest");
        if (!HOST.matcher(Objects.requireNonNull(registry, "registry")).matches()) {
            throw new IllegalArgumentException("invalid registry host '" + registry + "'");
        }
        if (!REPOSITORY.matcher(Objects.requireNonNull(repository, "repository")).matches()) {
            throw new IllegalArgumentException("invalid repository name '" + repository + "'");
        }
        tag.filter(t -> !TAG.matcher(t).matches()).ifPresent(t -> {
            throw new IllegalArgumentException("invalid tag '" + t + "'");
        });
        digest.filter(d -> !DIGEST.matcher(d).matches()).ifPresent(d -> {
            throw new IllegalArgumentException("invalid digest '" + d + "'");
        });
        if (tag.isEmpty() && digest.isEmpty()) {
            throw new IllegalArgumentException("image " + registry + "/" + repository + " needs a tag or a digest");
        }
    }

    /**
     * Parses {@code [docker://][host[:port]/]repo[:tag][@digest]}; without tag or digest the tag is {@code latest}.
     *
     * @throws IllegalArgumentException when the text is not an image name
     */
    public static RegistryImageName parse(String text) {
        String rest = text.strip();
        if (rest.startsWith("docker://")) {
            rest = rest.substring("docker://".length());
        }
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        if (tag.isEmpty() && digest.isEmpty()) {
            tag = Optional.of(DEFAULT_TAG);
        }
        return withHost(rest, tag, digest);
    }

    private static RegistryImageName withHost(String path, Optional<String> tag, Optional<String> digest) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? "" : path.substring(0, slash);
        boolean hasHost = first.contains(".") || first.contains(":") || "localhost".equals(first);
        String host = hasHost ? normaliseHost(first) : DOCKER_HUB;
        String repository = hasHost ? path.substring(slash + 1) : path;
        if (DOCKER_HUB.equals(host) && repository.indexOf('/') < 0) {
            repository = "library/" + repository;
        }
        return new RegistryImageName(host, repository, tag, digest);
    }

    /** Maps the aliases of Docker Hub to {@link #DOCKER_HUB}; other hosts are returned unchanged. */
    static String normaliseHost(String host) {
        return "index.docker.io".equals(host) || "registry-1.docker.io".equals(host) ? DOCKER_HUB : host;
    }

    /** The host the distribution API is served from, which differs from the name for Docker Hub. */
    public String apiHost() {
        return DOCKER_HUB.equals(registry) ? "registry-1.docker.io" : registry;
    }

    /** The manifest reference to request: the digest when there is one, else the tag. */
    public String reference() {
        return digest.orElseGet(tag::orElseThrow);
    }

    /** This name pinned to a digest, keeping the tag for display. */
    public RegistryImageName withDigest(String newDigest) {
        return new RegistryImageName(registry, repository, tag, Optional.of(newDigest));
    }

    @Override
    public String toString() {
        return registry + "/" + repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
