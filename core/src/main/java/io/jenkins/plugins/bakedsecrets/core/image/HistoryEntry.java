package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an image config's history.
 *
 * @param index position in the history
 * @param createdBy the command that made the step (Dockerfile instruction, build args)
 * @param emptyLayer true when the step made no layer
 */
public record HistoryEntry(int index, Optional<String> createdBy, boolean emptyLayer) {
    /** Validates components. */
    public HistoryEntry {
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
