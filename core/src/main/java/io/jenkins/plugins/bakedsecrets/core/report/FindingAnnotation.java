package io.jenkins.plugins.bakedsecrets.core.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What governance knows about one finding, kept beside the shared {@code Finding} rather than in it.
 *
 * @param status new, outstanding or waived
 * @param attribution base image or own layers, when known
 * @param justification the waiver's justification, when waived (never a secret)
 */
public record FindingAnnotation(FindingStatus status, Optional<Attribution> attribution,
                                Optional<String> justification) {
    /** Validates components. */
    public FindingAnnotation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(justification, "justification");
    }

    /** An annotation with only a status. */
    public static FindingAnnotation of(FindingStatus status) {
        return new FindingAnnotation(status, Optional.empty(), Optional.empty());
    }
}
