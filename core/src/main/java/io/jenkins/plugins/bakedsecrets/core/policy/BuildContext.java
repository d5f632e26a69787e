package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The people behind a build, for separation of duties.
 *
 * @param starter user who started the build, when a user did
 * @param commitAuthor author of the built commit, when known
 */
public record BuildContext(Optional<String> starter, Optional<String> commitAuthor) {
    /** Nobody known. */
    public static final BuildContext UNKNOWN = new BuildContext(Optional.empty(), Optional.empty());

    /** Validates components. */
    public BuildContext {
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(commitAuthor, "commitAuthor");
    }

    /** A context with both people known. */
    public static BuildContext of(String starter, String commitAuthor) {
        return new BuildContext(Optional.of(starter), Optional.of(commitAuthor));
    }
}
