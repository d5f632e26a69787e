package io.jenkins.plugins.bakedsecrets.core.finding;

/**
 * Makes the short preview that reports show instead of a secret. At most four characters of the value survive, and
 * only when the value is long enough that four characters reveal little (token prefixes such as {@code ghp_} are
 * public anyway); the length is shown so a reviewer can tell values apart.
 */
public final class Redaction {
    /** Values shorter than this show no characters at all. */
    static final int MIN_LENGTH_FOR_PREFIX = 16;
    static final int PREFIX_LENGTH = 4;

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

    /** The preview of a secret that is a whole file (a key file, a keystore): only its size. */
    public static String filePreview(long size) {
        return "[file, " + size + " bytes]";
    }
}
