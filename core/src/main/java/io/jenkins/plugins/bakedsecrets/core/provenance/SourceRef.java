package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.util.Objects;

/**
 * The source revision an image was built from.
 *
 * @param repository repository URL
 * @param commit commit id
 */
public record SourceRef(String repository, String commit) {
    /** Validates components. */
    public SourceRef {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(commit, "commit");
        if (repository.isBlank() || commit.isBlank()) {
            throw new IllegalArgumentException("a source reference needs a repository and a commit");
        }
    }
}
