package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people behind a build, for separation of duties. A build started by a timer or an SCM change has no starting
 * user, and a build without new commits has no author: that is known, and nobody is excluded for it. Only when the
 * caller could not tell at all ({@link #UNKNOWN}) does separation of duties fail closed.
 *
 * @param starter user who started the build, when a user did
 * @param commitAuthors authors of the commits the build brought in
 * @param known whether the caller knew who started the build and who wrote its commits
 */
public record BuildContext(Optional<String> starter, List<String> commitAuthors, boolean known) {
    /** Nobody known: approvals cannot be checked for separation of duties. */
    public static final BuildContext UNKNOWN = new BuildContext(Optional.empty(), List.of(), false);

    /** Validates components. */
    public BuildContext {
        Objects.requireNonNull(starter, "starter");
        commitAuthors = List.copyOf(commitAuthors);
    }

    /** A known context: the starting user (empty for timer or SCM triggers) and the commit authors (maybe none). */
    public static BuildContext of(Optional<String> starter, List<String> commitAuthors) {
        return new BuildContext(starter, commitAuthors, true);
    }

    /** A known context with one starter and one commit author. */
    public static BuildContext of(String starter, String commitAuthor) {
        return of(Optional.of(starter), List.of(commitAuthor));
    }

    /** The first commit author, for reports. */
    public Optional<String> commitAuthor() {
        return commitAuthors.stream().findFirst();
    }
}
