package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.policy.Suppression;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the suppression parts of a JSON report (finding marks and the {@code waivers} section) and discards them.
 * A report is made where the scan ran, which may be an untrusted agent: its marks are shown to nobody who decides,
 * and the gate applies its own waivers, so reading them back would only invite trusting them.
 */
final class SuppressionJsonReader {
    private static final List<String> MARK_FIELDS = List.of("kind", "justification", "owner", "expires", "origin",
            "selector");
    private final StrictJsonCursor in;
    private int marks;
    private Integer sectionCount;

    SuppressionJsonReader(StrictJsonCursor in) {
        this.in = in;
    }

    /** How many findings carried a mark. */
    int marks() {
        return marks;
    }

    /** The {@code waivers.suppressed} count, when the section was present. */
    Integer sectionCount() {
        return sectionCount;
    }

    /** Checks one finding's {@code suppression} object. */
    void mark() throws IOException {
        Set<String> seen = new HashSet<>();
        in.object("suppression", name -> {
            switch (name) {
                case "kind" -> {
                    if (!Suppression.KIND_WAIVER.equals(in.string("suppression.kind"))) {
                        throw in.fail("unknown suppression kind");
                    }
                }
                case "expires" -> date("suppression.expires");
                case "justification", "owner", "origin", "selector" -> in.string("suppression." + name);
                default -> throw in.unknown("suppression", name);
            }
            seen.add(name);
        });
        for (String field : MARK_FIELDS) {
            if (!seen.contains(field)) {
                throw in.fail("missing field '" + field + "' in suppression");
            }
        }
        marks++;
    }

    /** Checks the top-level {@code waivers} section. */
    void section() throws IOException {
        in.object("waivers", name -> {
            switch (name) {
                case "source" -> in.string("waivers.source");
                case "suppressed" -> sectionCount = in.nonNegative("waivers.suppressed");
                case "expired" -> in.array("waivers.expired", () -> waiver("expired waiver", "message"));
                case "notCounted" -> in.array("waivers.notCounted",
                        () -> waiver("uncounted waiver", "reason", "message"));
                default -> throw in.unknown("waivers", name);
            }
        });
        if (sectionCount == null) {
            throw in.fail("missing field 'suppressed' in waivers");
        }
    }

    private void waiver(String what, String... extra) throws IOException {
        Set<String> allowed = new HashSet<>(List.of("selector", "owner", "expires", "origin"));
        allowed.addAll(List.of(extra));
        Set<String> seen = new HashSet<>();
        in.object(what, name -> {
            if (!allowed.contains(name)) {
                throw in.unknown(what, name);
            }
            if ("expires".equals(name)) {
                date(what + ".expires");
            } else {
                in.string(what + "." + name);
            }
            seen.add(name);
        });
        if (!seen.containsAll(allowed)) {
            throw in.fail("missing field in " + what);
        }
    }

    private void date(String what) throws IOException {
        try {
            LocalDate.parse(in.string(what));
        } catch (DateTimeParseException e) {
            throw in.fail(what + " must be a date like 2025-12-31");
        }
    }
}
