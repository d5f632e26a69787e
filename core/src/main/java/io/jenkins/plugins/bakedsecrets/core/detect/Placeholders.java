package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;

/**
 * Values that stand for a secret without being one: documentation examples, template references and masks. Applied
 * to every rule's candidate, so only markers that never occur in real tokens belong here (rule-specific words such
 * as {@code test} live in the rule's own allow list).
 */
final class Placeholders {
    private static final int LONG_RUN = 8;
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)example|xxxx|changeme|change_me|change-me|dummy|placeholder|redacted|\\*\\*\\*|\\.\\.\\.|"
                    + "your[_-]|<your|insert[_-]");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\$\\{[^}]*\\}?|\\$\\([^)]*\\)?|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*\\}\\}|%[A-Za-z_][A-Za-z0-9_]*%"
                    + "|<[^>]*>|#\\{[^}]*\\})$");

    private Placeholders() {
    }

    /**
     * True when the value is empty, one repeated character (or a long run of one), a template reference or a
     * documentation marker.
     */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty() || hasLongRun(v)) {
            return true;
        }
        return REFERENCE.matcher(v).matches() || MARKERS.matcher(v).find();
    }

    /** One character throughout, or a run of eight equal characters: masks and fillers, never random tokens. */
    private static boolean hasLongRun(String v) {
        int run = 1;
        for (int i = 1; i < v.length(); i++) {
            run = v.charAt(i) == v.charAt(i - 1) ? run + 1 : 1;
            if (run >= LONG_RUN) {
                return true;
            }
        }
        return v.chars().allMatch(c -> c == v.charAt(0));
    }
}
