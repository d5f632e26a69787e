package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person's decision on promoting one image, bound to the image content and to the findings they saw. An approval
 * counts only for the same image ({@link ImageIdentity#sameImage}) and only while every finding now present is among
 * {@link #seenFindingIds()}.
 *
 * @param approver user id of the person deciding
 * @param time when they decided
 * @param decision approve or reject
 * @param justification why
 * @param image the image decided on
 * @param seenFindingIds the finding ids shown to the approver
 */
public record Approval(String approver, Instant time, Decision decision, String justification, ImageIdentity image,
                       Set<String> seenFindingIds) {
    /** Validates components. */
    public Approval {
        Objects.requireNonNull(approver, "approver");
        if (approver.isBlank()) {
            throw new IllegalArgumentException("an approval needs an approver");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(image, "image");
        seenFindingIds = Collections.unmodifiableSet(new TreeSet<>(seenFindingIds));
    }

    /** What the approver decided. */
    public enum Decision {
        /** Promotion may go ahead. */
        APPROVE,
        /** Promotion must not go ahead. */
        REJECT
    }
}
