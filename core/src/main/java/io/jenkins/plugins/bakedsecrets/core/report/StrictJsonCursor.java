package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A thin strict layer over a Jackson parser: every value must have exactly the expected JSON type, and every error
 * names the source, line and column. Values are never echoed into messages, since a corrupt report could hold anything.
 */
final class StrictJsonCursor {
    /** Handles one field of an object; the parser stands on the field's value. */
    @FunctionalInterface
    interface FieldHandler {
        void field(String name) throws IOException;
    }

    /** Handles one element of an array; the parser stands on the element. */
    @FunctionalInterface
    interface ElementHandler {
        void element() throws IOException;
    }

    private final JsonParser parser;
    private final String source;

    StrictJsonCursor(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** Advances to the first token of the document. */
    void start() throws IOException {
        if (parser.nextToken() == null) {
            throw fail("empty document");
        }
    }

    /** Fails unless the document ends here. */
    void end() throws IOException {
        if (parser.nextToken() != null) {
            throw fail("unexpected content after the report object");
        }
    }

    /** Reads the object the parser stands on, field by field. */
    void object(String what, FieldHandler handler) throws IOException {
        expect(JsonToken.START_OBJECT, what + " must be an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            handler.field(name);
        }
    }

    /** Reads the array the parser stands on, element by element. */
    void array(String what, ElementHandler handler) throws IOException {
        expect(JsonToken.START_ARRAY, what + " must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            handler.element();
        }
    }

    String string(String what) throws IOException {
        expect(JsonToken.VALUE_STRING, what + " must be a string");
        return parser.getText();
    }

    int integer(String what) throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, what + " must be an integer");
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(what + " is out of range");
        }
        return parser.getIntValue();
    }

    int nonNegative(String what) throws IOException {
        int value = integer(what);
        if (value < 0) {
            throw fail(what + " must not be negative");
        }
        return value;
    }

    long longInteger(String what) throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, what + " must be an integer");
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw fail(what + " is out of range");
        }
        return parser.getLongValue();
    }

    boolean bool(String what) throws IOException {
        JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw fail(what + " must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** An error for an unknown field; the name is shortened because it comes from the untrusted document. */
    ReportFormatException unknown(String where, String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return fail("unknown field '" + shown.replaceAll("\\p{Cntrl}", "?") + "' in " + where);
    }

    /** An error at the parser's current position. */
    ReportFormatException fail(String message) {
        JsonLocation at = parser.currentTokenLocation();
        return new ReportFormatException("malformed report " + source + " at line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ": " + message);
    }

    private void expect(JsonToken token, String message) {
        if (parser.currentToken() != token) {
            throw fail(message);
        }
    }
}
