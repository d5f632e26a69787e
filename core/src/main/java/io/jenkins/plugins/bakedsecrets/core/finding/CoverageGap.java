package io.jenkins.plugins.bakedsecrets.core.finding;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something that was not scanned, and why. Gaps are reported, never silently ignored: a gate may fail on them.
 *
 * @param reason why it was not scanned
 * @param target index of the target
 * @param layerIndex layer, when the gap is inside one
 * @param path path of the file or archive entry, when the gap is one
 * @param detail a one-line explanation (never a secret)
 */
public record CoverageGap(Reason reason, int target, OptionalInt layerIndex, Optional<String> path, String detail) {
    /** Validates components. */
    public CoverageGap {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(layerIndex, "layerIndex");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }

    /** Why something was not scanned. */
    public enum Reason {
        /** A non-distributable (foreign) layer is absent; a missing distributable layer is an error instead. */
        MISSING_LAYER("missing-layer"),
        /** A blob of a media type the scanner does not understand. */
        UNKNOWN_MEDIA_TYPE("unknown-media-type"),
        /** A file or archive entry above the size limit. */
        SKIPPED_SIZE("skipped-size"),
        /** An archive nested deeper than the depth limit. */
        SKIPPED_DEPTH("skipped-depth"),
        /** An encrypted archive entry. */
        ENCRYPTED("encrypted"),
        /** An archive inside a layer, or a sparse file, that could not be read (corrupt or unsupported). */
        UNREADABLE("unreadable"),
        /** Too many entries, or a decompression ratio that looks like a bomb. */
        SKIPPED_LIMIT("skipped-limit");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        /** The id used in reports. */
        public String id() {
            return id;
        }

        /** Parses a report id. */
        public static Reason parse(String id) {
            for (Reason r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown coverage reason '" + id + "'");
        }
    }
}
