package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.util.OptionalInt;

/**
 * A location in the two parts the findings panel shows: the subject (a path, variable, label or field name, set in
 * monospace) and the kind in words ({@code file in layer 3}, {@code image environment variable}), so that a reader
 * never has to guess whether {@code AWS_SECRET_ACCESS_KEY} is a file, a variable or a label.
 */
final class LocationWords {
    /** How nested archive entries are written in a path ({@code outer.jar!/inner}). */
    private static final String ARCHIVE_SEPARATOR = "!/";

    private LocationWords() {
    }

    /** The path with its line, or the variable, label, build-argument or field name. */
    static String subject(Location l) {
        return switch (l.kind()) {
            case FILE -> l.path().orElse("?") + (l.line().isPresent() ? ":" + l.line().getAsInt() : "");
            case CONFIG -> l.field().or(l::key).orElse("?");
            default -> l.key().or(l::field).orElse("?");
        };
    }

    /** The kind of place in words, with the layer or history step where there is one. */
    static String kindLabel(Location l) {
        return switch (l.kind()) {
            case FILE -> (l.path().orElse("").contains(ARCHIVE_SEPARATOR) ? "file in an archive" : "file")
                    + numbered(" in layer ", l.layerIndex());
            case HISTORY -> kindName(l.kind()) + numbered(" ", l.historyIndex());
            case ATTESTATION -> kindName(l.kind()) + predicateType(l);
            case ANNOTATION -> l.field().orElse("manifest") + " annotation";
            default -> kindName(l.kind());
        };
    }

    /** The kind in words without any number, as the kind filter offers it. */
    static String kindName(LocationKind kind) {
        return switch (kind) {
            case FILE -> "file";
            case ENV -> "image environment variable";
            case LABEL -> "image label";
            case HISTORY -> "image history step";
            case CONFIG -> "image config field";
            case CI_ENV -> "CI environment variable";
            case ATTESTATION -> "attestation";
            case REGISTRY -> "registry";
            case ANNOTATION -> "image annotation";
        };
    }

    /** An attestation's predicate type, when the subject is the key inside it rather than the type itself. */
    private static String predicateType(Location l) {
        return l.key().isPresent() ? l.field().map(f -> " " + f).orElse("") : "";
    }

    private static String numbered(String prefix, OptionalInt number) {
        return number.isPresent() ? prefix + number.getAsInt() : "";
    }
}
