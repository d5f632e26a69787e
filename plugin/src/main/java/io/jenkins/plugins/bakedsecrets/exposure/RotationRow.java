package io.jenkins.plugins.bakedsecrets.exposure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.bakedsecrets.core.provenance.RotationMark;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored "mark rotated": who said a secret was rotated, and when.
 *
 * @param fingerprint keyed fingerprint
 * @param rotatedBy user id, from the authenticated session
 * @param rotatedAt epoch milliseconds
 * @param note free text such as a ticket id
 */
public record RotationRow(String fingerprint, String rotatedBy, long rotatedAt, String note) {
    /** Validates components (also when read back from disk). */
    @JsonCreator
    public RotationRow(@JsonProperty("fingerprint") String fingerprint, @JsonProperty("rotatedBy") String rotatedBy,
                       @JsonProperty("rotatedAt") long rotatedAt, @JsonProperty("note") String note) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.rotatedBy = Objects.requireNonNull(rotatedBy, "rotatedBy");
        this.rotatedAt = rotatedAt;
        this.note = note == null ? "" : note;
    }

    /** When, as ISO-8601 UTC text for pages. */
    public String rotatedAtText() {
        return Instant.ofEpochMilli(rotatedAt).toString();
    }

    /** The core mark. */
    public RotationMark toMark() {
        return new RotationMark(fingerprint, rotatedBy, Instant.ofEpochMilli(rotatedAt), note);
    }
}
