package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the finding and location objects of a JSON report. */
final class LocationJsonReader {
    private final StrictJsonCursor in;
    private final SuppressionJsonReader suppressions;

    LocationJsonReader(StrictJsonCursor in, SuppressionJsonReader suppressions) {
        this.in = in;
        this.suppressions = suppressions;
    }

    Finding finding() throws IOException {
        String[] text = new String[6]; // findingId, ruleId, title, severity, fingerprint, redacted
        int[] target = {-1};
        Location[] location = {null};
        Boolean[] validated = {null};
        in.object("finding", name -> {
            switch (name) {
                case "findingId" -> text[0] = in.string("findingId");
                case "ruleId" -> text[1] = in.string("ruleId");
                case "title" -> text[2] = in.string("title");
                case "severity" -> text[3] = in.string("severity");
                case "secretFingerprint" -> text[4] = in.string("secretFingerprint");
                case "redacted" -> text[5] = in.string("redacted");
                case "target" -> target[0] = in.nonNegative("target");
                case "location" -> location[0] = location();
                case "validated" -> validated[0] = in.bool("validated");
                case "suppression" -> suppressions.mark();
                default -> throw in.unknown("finding", name);
            }
        });
        String[] names = {"findingId", "ruleId", "title", "severity", "secretFingerprint", "redacted"};
        for (int i = 0; i < names.length; i++) {
            require(text[i] != null, names[i], "finding");
        }
        require(target[0] >= 0, "target", "finding");
        require(location[0] != null, "location", "finding");
        return new Finding(text[1], text[2], severity(text[3]), target[0], location[0], text[4], text[0], text[5],
                Optional.ofNullable(validated[0]));
    }

    private Location location() throws IOException {
        LocationHolder h = new LocationHolder();
        in.object("location", h::field);
        require(h.kind != null, "kind", "location");
        return h.build();
    }

    private Severity severity(String id) {
        try {
            return Severity.parse(id);
        } catch (IllegalArgumentException e) {
            throw in.fail("unknown severity");
        }
    }

    private void require(boolean present, String field, String where) {
        if (!present) {
            throw in.fail("missing field '" + field + "' in " + where);
        }
    }

    /** Collects location fields in any order, since the kind need not come first. */
    private final class LocationHolder {
        private LocationKind kind;
        private String path;
        private String layerDigest;
        private String diffId;
        private String key;
        private String field;
        private Integer line;
        private Integer layerIndex;
        private Integer hiddenBy;
        private Integer historyIndex;
        private boolean deleted;
        private boolean overwritten;

        void field(String name) throws IOException {
            switch (name) {
                case "kind" -> kind = kind(in.string("kind"));
                case "path" -> path = in.string("path");
                case "line" -> line = positive(in.integer("line"));
                case "layerIndex" -> layerIndex = in.nonNegative("layerIndex");
                case "layerDigest" -> layerDigest = in.string("layerDigest");
                case "diffId" -> diffId = in.string("diffId");
                case "deleted" -> deleted = in.bool("deleted");
                case "overwritten" -> overwritten = in.bool("overwritten");
                case "hiddenBy" -> hiddenBy = in.nonNegative("hiddenBy");
                case "key" -> key = in.string("key");
                case "historyIndex" -> historyIndex = in.nonNegative("historyIndex");
                case "field" -> field = in.string("field");
                default -> throw in.unknown("location", name);
            }
        }

        Location build() {
            return new Location(kind, Optional.ofNullable(path), opt(line), opt(layerIndex),
                    Optional.ofNullable(layerDigest), Optional.ofNullable(diffId), deleted, overwritten, opt(hiddenBy),
                    Optional.ofNullable(key), opt(historyIndex), Optional.ofNullable(field));
        }

        private static OptionalInt opt(Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        private LocationKind kind(String id) {
            try {
                return LocationKind.parse(id);
            } catch (IllegalArgumentException e) {
                throw in.fail("unknown location kind");
            }
        }

        private int positive(int value) {
            if (value < 1) {
                throw in.fail("line must be 1 or more");
            }
            return value;
        }
    }
}
