package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import java.util.Set;

/**
 * Values that stand for a secret without being one: documentation examples, template references and masks. Applied
 * to every rule's candidate, so only markers that never occur in real tokens belong here (rule-specific words such
 * as {@code test} live in the rule's own allow list).
 */
final class Placeholders {
    private static final int LONG_RUN = 8;
    /** A run of this many consecutive characters ({@code abcdefgh}, {@code 34567890}) is typed, not random. */
    private static final int SEQUENCE = 8;
    /** Up to this length a unit repeated over the whole value ({@code abcabcabc}, {@code 12341234}) is filler. */
    private static final int MAX_PERIOD = 4;
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)example|xxxx|changeme|change_me|change-me|dummy|placeholder|redacted|\\*\\*\\*|\\.\\.\\.|"
                    + "your[_-]|<your|insert[_-]"
                    // Template syntax inside a value (prefix-${VAR}, Bearer {{token}}) and a lone xxx between
                    // separators (sk_live_xxx, xxx-xxx): real tokens hold neither.
                    + "|\\$\\{|\\{\\{|\\}\\}|(?:^|[^a-z0-9])xxx(?:[^a-z0-9]|$)"
                    // An angle-bracketed name of a credential inside a value: user:<password>, Bearer <api token>.
                    + "|<[a-z _-]{0,20}(?:pass|pwd|token|key|secret|user|name|cred)[a-z _-]{0,20}>");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\$\\{[^}]*\\}?|\\$\\([^)]*\\)?|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*\\}\\}|%[A-Za-z_][A-Za-z0-9_]*%"
                    + "|<[^>]*>|#\\{[^}]*\\}|\\[[^\\]]*\\]"
                    // Build-time filter tokens (Maven resources, Ant): @project.version@, $VERSION$.
                    + "|@[A-Za-z_][A-Za-z0-9_.-]*@|\\\\?\\$[A-Za-z_][A-Za-z0-9_]*\\\\?\\$)$");

    /**
     * Example credentials printed in specifications (RFC 6749 and 6750 for OAuth 2.0, RFC 5849 for OAuth 1.0) and
     * copied verbatim into the documentation of every OAuth library. They are public by definition.
     */
    private static final Set<String> SPECIFICATION_EXAMPLES = Set.of("2YotnFZFEjr1zCsicMWpAA",
            "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA", "7Fjfp0ZBr1KtDRbnfVdmIw", "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
            "gX1fBat3bV", "mF_9.B5f-4.1JqM", "kd94hf93k423kf44", "pfkkdhi9sl3r4s00", "hh5s93j4hdidpola", "hdk48Djdsa",
            "nnch734d00sl2jdk", "dh893hdasih9", "kllo9940pd9333jh", "wIjqoS", "chapoH");

    private Placeholders() {
    }

    /**
     * True when the value is empty, one repeated character (or a long run of one), a short unit repeated throughout,
     * a run of consecutive letters or digits, a template reference ({@code ${...}}, {@code [...]}, {@code <...>})
     * or a documentation marker.
     */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty() || hasLongRun(v) || hasSequence(v) || periodic(v)) {
            return true;
        }
        return REFERENCE.matcher(v).matches() || MARKERS.matcher(v).find() || SPECIFICATION_EXAMPLES.contains(v);
    }

    /**
     * Eight or more consecutive characters in alphabet order, up or down ({@code abcdefghij}, {@code 0123456789},
     * {@code 98765432}): someone typed the alphabet. In a random base-16 value such a run is a one-in-a-billion
     * event per position.
     */
    static boolean hasSequence(String v) {
        int up = 1;
        int down = 1;
        for (int i = 1; i < v.length(); i++) {
            char a = v.charAt(i - 1);
            char b = v.charAt(i);
            boolean alnum = Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
            up = alnum && b == a + 1 ? up + 1 : 1;
            down = alnum && b == a - 1 ? down + 1 : 1;
            if (up >= SEQUENCE || down >= SEQUENCE) {
                return true;
            }
        }
        return false;
    }

    /** A unit of at most four characters repeated over a value of eight or more: {@code abababab}, {@code 1234x3}. */
    static boolean periodic(String v) {
        for (int p = 2; p <= MAX_PERIOD && v.length() >= Math.max(8, 3 * p); p++) {
            boolean repeats = true;
            for (int i = p; i < v.length() && repeats; i++) {
                repeats = v.charAt(i) == v.charAt(i - p);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
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
