package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people behind a build, for separation of duties. A build started by a timer or an SCM change has no starting
 * user, and a build without new commits has no author: that is known, and nobody is excluded for it. A build may have
 * several starters: whoever started each build of an upstream chain that led to it counts, since any of them could
 * have arranged it. When the caller cannot attribute the start with certainty ({@link #UNKNOWN}, or
 * {@link #unattributed}), separation of duties fails closed and says why.
 *
 * @param starters users who started the build, directly or through upstream builds, without repeats
 * @param commitAuthors authors of the commits the build brought in
 * @param unattributed why the caller could not tell who is behind the build; empty when it could
 */
public record BuildContext(List<String> starters, List<String> commitAuthors, Optional<String> unattributed) {
    /** Nobody known: approvals cannot be checked for separation of duties. */
    public static final BuildContext UNKNOWN = unattributed("the build starter and commit authors are unknown");

    /** Validates components. */
    public BuildContext {
        starters = List.copyOf(starters);
        commitAuthors = List.copyOf(commitAuthors);
        Objects.requireNonNull(unattributed, "unattributed");
    }

    /** A known context: the starting users (none for timer or SCM triggers) and the commit authors (maybe none). */
    public static BuildContext of(List<String> starters, List<String> commitAuthors) {
        return new BuildContext(starters, commitAuthors, Optional.empty());
    }

    /** A known context: the starting user (empty for timer or SCM triggers) and the commit authors (maybe none). */
    public static BuildContext of(Optional<String> starter, List<String> commitAuthors) {
        return of(starter.stream().toList(), commitAuthors);
    }

    /** A known context with one starter and one commit author. */
    public static BuildContext of(String starter, String commitAuthor) {
        return of(List.of(starter), List.of(commitAuthor));
    }

    /** A context whose people cannot be told with certainty, for the reason given (a clause, no full stop). */
    public static BuildContext unattributed(String reason) {
        return new BuildContext(List.of(), List.of(), Optional.of(reason));
    }

    /** Whether the caller knew who started the build and who wrote its commits. */
    public boolean known() {
        return unattributed.isEmpty();
    }

    /** The first starter, for reports that name one trigger. */
    public Optional<String> starter() {
        return starters.stream().findFirst();
    }

    /** The first commit author, for reports. */
    public Optional<String> commitAuthor() {
        return commitAuthors.stream().findFirst();
    }
}
