package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One node of a YAML or JSON document that remembers where it was written, so that every validation error can name
 * {@code file:line:column}. Typed accessors reject wrong types instead of coercing them.
 */
public final class DocNode {
    /** The shape of a node. */
    public enum Kind { MAP, LIST, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final String where;
    private final String text;
    private final Map<String, DocNode> fields;
    private final Map<String, String> keyPositions;
    private final List<DocNode> items;

    private DocNode(Kind kind, String where, String text, Map<String, DocNode> fields,
                    Map<String, String> keyPositions, List<DocNode> items) {
        this.kind = kind;
        this.where = where;
        this.text = text;
        this.fields = fields;
        this.keyPositions = keyPositions;
        this.items = items;
    }

    static DocNode scalar(Kind kind, String where, String text) {
        return new DocNode(kind, where, text, Map.of(), Map.of(), List.of());
    }

    static DocNode map(String where, Map<String, DocNode> fields, Map<String, String> keyPositions) {
        return new DocNode(Kind.MAP, where, "", Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
                Map.copyOf(keyPositions), List.of());
    }

    static DocNode list(String where, List<DocNode> items) {
        return new DocNode(Kind.LIST, where, "", Map.of(), Map.of(), List.copyOf(items));
    }

    /** The shape of this node. */
    public Kind kind() {
        return kind;
    }

    /** Where this node starts, as {@code file:line:column}. */
    public String where() {
        return where;
    }

    /** An error at this node's position. */
    public DocumentException error(String message) {
        return new DocumentException(where + ": " + message);
    }

    /** The text of a string scalar. */
    public String text() {
        expect(Kind.STRING, "a string");
        return text;
    }

    /** A string scalar that must not be blank. */
    public String nonBlankText() {
        String t = text();
        if (t.isBlank()) {
            throw error("expected a non-empty string");
        }
        return t;
    }

    /** The value of a boolean scalar. */
    public boolean bool() {
        expect(Kind.BOOLEAN, "true or false");
        return Boolean.parseBoolean(text);
    }

    /** The value of an integer scalar within bounds. */
    public int integer(int min, int max) {
        expect(Kind.NUMBER, "an integer");
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw error("expected an integer from " + min + " to " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("expected an integer, got '" + text + "'");
        }
    }

    /** A date written {@code YYYY-MM-DD}. */
    public LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw error("expected a date like 2025-12-31, got '" + text + "'");
        }
    }

    /** A time written in ISO-8601 with an offset, such as {@code 2025-01-31T10:15:00Z}. */
    public Instant instant() {
        try {
            return OffsetDateTime.parse(text()).toInstant();
        } catch (DateTimeParseException e) {
            throw error("expected a time like 2025-01-31T10:15:00Z, got '" + text + "'");
        }
    }

    /** One value of a closed set, compared case-insensitively; returns the allowed spelling. */
    public String oneOf(String... allowed) {
        String t = text();
        for (String a : allowed) {
            if (a.equalsIgnoreCase(t.trim())) {
                return a;
            }
        }
        throw error("expected one of " + String.join(", ", allowed) + ", got '" + t + "'");
    }

    /** The items of a list. */
    public List<DocNode> items() {
        expect(Kind.LIST, "a list");
        return items;
    }

    /** The items of a list of strings. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (DocNode item : items()) {
            out.add(item.nonBlankText());
        }
        return out;
    }

    /** The fields of a map whose keys must all be among {@code allowed}. */
    public Fields fields(String... allowed) {
        expect(Kind.MAP, "a map");
        Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
        for (String key : fields.keySet()) {
            if (!known.isEmpty() && !known.contains(key)) {
                throw new DocumentException(keyPositions.get(key) + ": unknown key '" + key + "' (expected "
                        + String.join(", ", known) + ")");
            }
        }
        return new Fields();
    }

    /** The fields of a map with any keys (for free-form attributes). */
    public Fields anyFields() {
        return fields();
    }

    private void expect(Kind wanted, String description) {
        if (kind != wanted) {
            throw error("expected " + description + ", got " + describe());
        }
    }

    private String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            default -> kind.name().toLowerCase(Locale.ROOT) + " '" + text + "'";
        };
    }

    /** Typed access to the fields of a map node. */
    public final class Fields {
        private Fields() {
        }

        /** The keys, in document order. */
        public Set<String> keys() {
            return fields.keySet();
        }

        /** A field, when present. */
        public Optional<DocNode> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        /** A field that must be present. */
        public DocNode require(String key) {
            return get(key).orElseThrow(() -> error("missing required key '" + key + "'"));
        }

        /** A non-blank string field that must be present. */
        public String requireText(String key) {
            return require(key).nonBlankText();
        }

        /** A non-blank string field, when present. */
        public Optional<String> text(String key) {
            return get(key).map(DocNode::nonBlankText);
        }
    }
}
