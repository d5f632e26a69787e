package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A record that the secret with a fingerprint was rotated (revoked and replaced). A rotated secret found again is
 * still reported, with the mark noted.
 *
 * @param fingerprint keyed fingerprint of the rotated secret
 * @param rotatedBy who rotated it
 * @param rotatedAt when
 * @param note free text, for example a ticket id
 */
public record RotationMark(String fingerprint, String rotatedBy, Instant rotatedAt, String note) {
    /** Validates components. */
    public RotationMark {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rotatedBy, "rotatedBy");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(note, "note");
    }

    /**
     * Reads a rotation file: a list (or a map with key {@code rotations}) of entries with {@code fingerprint},
     * {@code rotatedBy}, {@code rotatedAt} and optional {@code note}.
     */
    public static List<RotationMark> load(String source, byte[] content) {
        DocNode root = DocReader.read(source, content);
        DocNode list = root;
        if (root.kind() == DocNode.Kind.MAP) {
            DocNode.Fields f = root.fields("schemaVersion", "rotations");
            f.get("schemaVersion").ifPresent(v -> v.integer(1, 1));
            list = f.require("rotations");
        }
        List<RotationMark> out = new ArrayList<>();
        for (DocNode item : list.items()) {
            DocNode.Fields f = item.fields("fingerprint", "rotatedBy", "rotatedAt", "note");
            out.add(new RotationMark(f.requireText("fingerprint"), f.requireText("rotatedBy"),
                    f.require("rotatedAt").instant(), f.get("note").map(DocNode::text).orElse("")));
        }
        return List.copyOf(out);
    }
}
