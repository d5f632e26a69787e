package io.jenkins.plugins.bakedsecrets.core.report;

/**
 * Neutralises control characters in text bound for a terminal or a CI log: every human-readable output (scan, diff,
 * gate, exposure and provenance text, and the one-line errors and warnings) passes what it takes from images, reports
 * and files through here. A file name in an image may carry an escape sequence or a newline, and a CI log that shows
 * it raw lets a crafted image forge lines such as {@code Gate verdict: PASS}.
 */
public final class PrintableText {
    /** What replaces a control character. */
    public static final char REPLACEMENT = '?';

    private PrintableText() {
    }

    /**
     * The text as one printable line: C0 and C1 controls (newlines, escapes, tabs), the Unicode line and paragraph
     * separators and format characters (bidirectional overrides, zero-width characters) become {@value #REPLACEMENT}.
     */
    public static String of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT ? REPLACEMENT : c));
        return b.toString();
    }
}
