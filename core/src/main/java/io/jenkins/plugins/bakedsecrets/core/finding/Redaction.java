package io.jenkins.plugins.bakedsecrets.core.finding;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes the short preview that reports show instead of a secret. At most four characters of the value survive, and
 * only when the value is long enough that four characters reveal little (token prefixes such as {@code ghp_} are
 * public anyway); the length is shown so a reviewer can tell values apart.
 */
public final class Redaction {
    /** Values shorter than this show no characters at all. */
    static final int MIN_LENGTH_FOR_PREFIX = 16;
    static final int PREFIX_LENGTH = 4;
    /** What replaces a secret in free text that a report copies (history lines, annotation values). */
    public static final String MASK = "***";

    private Redaction() {
    }

    /** The preview of a secret value, for example {@code ghp_…(40)} or {@code ****(9)}. */
    public static String preview(CharSequence value) {
        int length = value.length();
        if (length >= MIN_LENGTH_FOR_PREFIX) {
            StringBuilder b = new StringBuilder(PREFIX_LENGTH + 8);
            for (int i = 0; i < PREFIX_LENGTH; i++) {
                char c = value.charAt(i);
                b.append(Character.isISOControl(c) || Character.isWhitespace(c) ? '?' : c);
            }
            return b.append("…(").append(length).append(')').toString();
        }
        return "****(" + length + ")";
    }

    /** The text with every span replaced by {@link #MASK}. */
    public static String mask(String text, List<TextSpan> spans) {
        return replace(text, spans, secret -> MASK);
    }

    /**
     * The text with every span replaced by its {@link #preview}: for names that are themselves secrets (a label or
     * variable named with a token), which reports show as a location and so must stay distinguishable.
     */
    public static String previewSpans(String text, List<TextSpan> spans) {
        return replace(text, spans, Redaction::preview);
    }

    private static String replace(String text, List<TextSpan> spans, UnaryOperator<String> replacement) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (TextSpan s : TextSpan.merged(spans)) {
            int end = Math.min(s.end(), text.length());
            if (s.start() >= end) {
                continue;
            }
            out.append(text, last, s.start()).append(replacement.apply(text.substring(s.start(), end)));
            last = end;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The preview of a secret that is a whole file (a key file, a keystore): only its size. */
    public static String filePreview(long size) {
        return "[file, " + size + " bytes]";
    }
}
