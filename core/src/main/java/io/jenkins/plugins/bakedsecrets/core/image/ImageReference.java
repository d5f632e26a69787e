package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A parsed image reference in containers-image transport syntax, for example {@code oci-archive:/tmp/app.tar:1.0}.
 *
 * @param transport the transport
 * @param location file or directory path; for {@code docker://} {@code HOST[:PORT]/REPO}; for the daemon the name
 * @param name the reference inside the location: layout ref name, repo tag, or registry/daemon tag
 * @param digest a {@code sha256:...} manifest digest ({@code docker://}) or image ID ({@code docker-daemon:})
 * @param index the {@code @INDEX} of an image in an archive or layout
 * @param text the text as the user wrote it
 */
public record ImageReference(Transport transport, String location, Optional<String> name, Optional<String> digest,
                             OptionalInt index, String text) {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    /** Validates components. */
    public ImageReference {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses a reference.
     *
     * @throws IllegalArgumentException with a one-line message when the text is not a reference
     */
    public static ImageReference parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException("image reference must be a non-empty single line");
        }
        Transport transport = Transport.ofText(text).orElseThrow(() -> new IllegalArgumentException(
                "image reference '" + text + "' has no known transport"
                        + " (docker-archive:, oci:, oci-archive:, docker://, docker-daemon:)"));
        String rest = text.substring(transport.prefix().length());
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("image reference '" + text + "' names no location");
        }
        return switch (transport) {
            case DOCKER -> parseRegistry(transport, rest, text);
            case DOCKER_DAEMON -> parseDaemon(transport, rest, text);
            default -> parseFile(transport, rest, text);
        };
    }

    private static ImageReference parseFile(Transport transport, String rest, String text) {
        // Like skopeo: the path ends at the first colon; what follows names an image inside it.
        int colon = rest.indexOf(':');
        String path = colon < 0 ? rest : rest.substring(0, colon);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("image reference '" + text + "' names no path");
        }
        if (colon < 0 || colon == rest.length() - 1) {
            return new ImageReference(transport, path, Optional.empty(), Optional.empty(), OptionalInt.empty(), text);
        }
        String inner = rest.substring(colon + 1);
        if (inner.startsWith("@")) {
            return new ImageReference(transport, path, Optional.empty(), Optional.empty(),
                    OptionalInt.of(parseIndex(inner.substring(1), text)), text);
        }
        return new ImageReference(transport, path, Optional.of(inner), Optional.empty(), OptionalInt.empty(), text);
    }

    private static int parseIndex(String digits, String text) {
        if (!digits.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("image reference '" + text + "' has an invalid @INDEX");
        }
        return Integer.parseInt(digits);
    }

    private static ImageReference parseRegistry(Transport transport, String rest, String text) {
        int slash = rest.indexOf('/');
        int userInfo = (slash < 0 ? rest : rest.substring(0, slash)).lastIndexOf('@');
        if (userInfo >= 0) {
            // Never echoed: what precedes the '@' is a user name and, usually, a password or token.
            throw new IllegalArgumentException("image reference '" + transport.prefix() + "***@"
                    + rest.substring(userInfo + 1) + "' carries credentials before its host; registry credentials "
                    + "come from the credential options or an auth file, never from the reference");
        }
        int at = rest.indexOf('@');
        if (at >= 0) {
            String digest = rest.substring(at + 1);
            if (!SHA256.matcher(digest).matches()) {
                throw new IllegalArgumentException("image reference '" + text + "' has an invalid digest");
            }
            return new ImageReference(transport, checkRepo(rest.substring(0, at), text), Optional.empty(),
                    Optional.of(digest), OptionalInt.empty(), text);
        }
        return withTag(transport, rest, text);
    }

    private static ImageReference parseDaemon(Transport transport, String rest, String text) {
        if (rest.startsWith("sha256:")) {
            if (!SHA256.matcher(rest).matches()) {
                throw new IllegalArgumentException("image reference '" + text + "' has an invalid image ID");
            }
            return new ImageReference(transport, rest, Optional.empty(), Optional.of(rest), OptionalInt.empty(), text);
        }
        return withTag(transport, rest, text);
    }

    private static ImageReference withTag(Transport transport, String rest, String text) {
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            String tag = rest.substring(colon + 1);
            if (tag.isEmpty()) {
                throw new IllegalArgumentException("image reference '" + text + "' has an empty tag");
            }
            return new ImageReference(transport, checkRepo(rest.substring(0, colon), text), Optional.of(tag),
                    Optional.empty(), OptionalInt.empty(), text);
        }
        return new ImageReference(transport, checkRepo(rest, text), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), text);
    }

    private static String checkRepo(String repo, String text) {
        if (repo.isEmpty() || repo.startsWith("/") || repo.endsWith("/") || repo.contains("//")) {
            throw new IllegalArgumentException("image reference '" + text + "' has an invalid repository");
        }
        return repo;
    }

    @Override
    public String toString() {
        return text;
    }
}
