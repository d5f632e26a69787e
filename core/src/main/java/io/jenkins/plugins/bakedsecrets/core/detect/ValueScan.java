package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;

/**
 * The part of a scan that reads names and values rather than patterns: the context-keyed rules
 * ({@link ContextMatcher}) and, in a file of known syntax, the generic name-based rule ({@link FormatValues}). The
 * session hands it the rules whose keywords a line hit; it may ask to see later lines too (an enclosing key, a value
 * continued on the next line).
 */
final class ValueScan {
    private final ContextMatcher context;
    private final FormatValues format;
    private final int generic;
    private final boolean spaceSeparates;
    private boolean genericHit;

    ValueScan(DetectorTables tables, ConfigFormat syntax) {
        this.spaceSeparates = syntax == ConfigFormat.PROPERTIES;
        this.context = new ContextMatcher(tables.contexts(), spaceSeparates);
        this.generic = tables.genericAssignmentRule();
        FormatReader reader = FormatReader.of(syntax);
        this.format = reader == null || generic < 0 ? null : new FormatValues(reader, tables.rules().get(generic));
    }

    /** Takes rule {@code r}, hit on this line, when it is one of this part's; false leaves it to the regexes. */
    boolean takes(int r) {
        if (context.handles(r)) {
            context.hit(r);
            return true;
        }
        if (r == generic) {
            // Taken in every file, so the context-keyed rules report a value before the generic rule does.
            genericHit = true;
            return true;
        }
        return false;
    }

    /**
     * Whether a keyword hit of rule {@code r} needs no byte-level check ({@link HitChecks}): in Java properties a key
     * and its value may be separated by white space alone, which the check for the generic rule does not look for.
     */
    boolean acceptsAnyHit(int r) {
        return spaceSeparates && r == generic && format != null;
    }

    /** True when the next line must be read even without a keyword hit. */
    boolean active() {
        return context.active() || format != null && format.open();
    }

    /** True when this line has work here: a rule taken, an enclosing key or a continued value open. */
    boolean pending() {
        return genericHit || context.pending() || format != null && format.open();
    }

    /** One line or window of a file: its bytes, those bytes as ISO-8859-1 characters, and where it ends. */
    record Line(byte[] data, int off, int len, String text, int number, int ownedEnd) {
        boolean readable(boolean binary) {
            if (binary) {
                return false;
            }
            for (int i = off; i < off + len; i++) {
                if (data[i] == 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "Line[" + number + "]";
        }
    }

    /**
     * Reads a line after the regex rules; {@code binary} when the content is binary. Returns true when the generic
     * rule was hit but the file has no known syntax or the line is no assignment of it, so its regex must read it.
     */
    boolean line(Line line, boolean binary, FormatValues.Sink sink) {
        boolean hit = genericHit;
        genericHit = false;
        boolean readable = line.readable(binary);
        context.line(line.text(), line.ownedEnd(), readable, line.number(), sink);
        if (format == null) {
            return hit;
        }
        if (line.len() > ScanSession.LONG_LINE || !readable) {
            // A value does not continue into a long or binary line; what was read so far is all there is.
            format.finish(sink);
            return hit;
        }
        if (!hit && !format.open()) {
            return false;
        }
        String text = new String(line.data(), line.off(), line.len(), StandardCharsets.UTF_8);
        return !format.line(text, line.number(), sink) && hit;
    }

    /** The end of the input: a value still open is read. */
    void finish(FormatValues.Sink sink) {
        if (format != null) {
            format.finish(sink);
        }
    }
}
