package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;

/** Short human descriptions of locations, shared by the text, SARIF and HTML writers. */
final class Where {
    private static final String FINGERPRINT_PREFIX = "hmac-sha256:";
    private static final int SHORT_FINGERPRINT = 12;

    private Where() {
    }

    /** Where a finding is, for example {@code layer 3 /etc/app.env:4} or {@code env AWS_KEY}. */
    static String describe(Location l) {
        return switch (l.kind()) {
            case FILE -> file(l);
            case HISTORY -> "history #" + (l.historyIndex().isPresent() ? l.historyIndex().getAsInt() : "?")
                    + l.key().map(k -> " " + k).orElse("");
            case CONFIG, ATTESTATION -> l.kind().id() + " " + l.field().or(l::key).orElse("?");
            case ANNOTATION -> l.field().map(f -> f + " ").orElse("") + "annotation " + l.key().orElse("?");
            default -> l.kind().id() + " " + l.key().or(l::field).orElse("?");
        };
    }

    private static String file(Location l) {
        StringBuilder b = new StringBuilder("layer ");
        b.append(l.layerIndex().isPresent() ? String.valueOf(l.layerIndex().getAsInt()) : "?");
        b.append(' ').append(l.path().orElse("?"));
        if (l.line().isPresent()) {
            b.append(':').append(l.line().getAsInt());
        }
        return b.toString();
    }

    /** A marker such as {@code deleted by layer 4}, or empty when the file is visible in the final image. */
    static String hiding(Location l) {
        String by = l.hiddenBy().isPresent() ? " by layer " + l.hiddenBy().getAsInt() : "";
        if (l.deleted()) {
            return "deleted" + by;
        }
        if (l.overwritten()) {
            return "overwritten" + by;
        }
        return "";
    }

    /** The first hex digits of a keyed fingerprint, enough to tell findings apart at a glance. */
    static String shortFingerprint(String fingerprint) {
        String hex = fingerprint.startsWith(FINGERPRINT_PREFIX)
                ? fingerprint.substring(FINGERPRINT_PREFIX.length()) : fingerprint;
        return hex.length() > SHORT_FINGERPRINT ? hex.substring(0, SHORT_FINGERPRINT) : hex;
    }

}
