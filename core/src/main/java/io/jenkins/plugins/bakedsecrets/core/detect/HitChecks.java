package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * Byte-level checks that a keyword hit can start a match of its rule at all, run before the rule's regex. The two
 * rules with the most frequent keywords ({@code token}, {@code password}, {@code ://}) cost most of the regex time
 * on real images, while nearly all of their hits are prose or code with no assignment or URL credentials after the
 * keyword. Each check mirrors what its regex needs right after the keyword; it may accept more than the regex
 * (the regex decides), but it never rejects what the regex could match there.
 */
final class HitChecks {
    /** Ids of the rules that have a check. */
    static final String GENERIC_ASSIGNMENT = "generic-secret-assignment";
    static final String URL_PASSWORD = "url-password";
    private static final int MAX_NAME_TAIL = 64;

    private HitChecks() {
    }

    /** The check for a rule id, or null when the rule has none. */
    static HitCheck forRule(String id) {
        return switch (id) {
            case GENERIC_ASSIGNMENT -> HitChecks::assignmentFollows;
            case URL_PASSWORD -> HitChecks::userInfoFollows;
            default -> null;
        };
    }

    /**
     * The check for hits of {@code keyword} of {@code rule}: the rule's own check, and for line rules what their
     * regex needs right after the keyword ({@link FollowingRun}); both when both exist; null when neither does.
     */
    static HitCheck forHit(Rule rule, String keyword) {
        HitCheck own = forRule(rule.id());
        HitCheck read = rule.kind() == RuleKind.LINE
                ? FollowingRun.derive(rule.regex(), keyword, rule.keywords()).orElse(null) : null;
        if (own == null || read == null) {
            return own == null ? read : own;
        }
        return (data, at, end) -> own.accepts(data, at, end) && read.accepts(data, at, end);
    }

    /** A check of the bytes after a keyword that ends at {@code at} (exclusive), within a line ending at {@code end}. */
    @FunctionalInterface
    interface HitCheck {
        boolean accepts(byte[] data, int at, int end);
    }

    /**
     * {@code NAME_TAIL{0,64}} then {@code >} (an XML element), or an optional quote, white space and {@code :} or
     * {@code =} (which also start {@code :=} and {@code =>}), or a closing quote, white space and {@code value=}: the
     * key/value attribute pair of XML configuration ({@code <add key="DbPassword" value="..."/>}).
     */
    static boolean assignmentFollows(byte[] data, int at, int end) {
        int i = at;
        while (i < end && i - at <= MAX_NAME_TAIL && isNameTail(data[i])) {
            i++;
        }
        if (i - at > MAX_NAME_TAIL || i >= end) {
            return false;
        }
        if (data[i] == '>') {
            return true;
        }
        boolean quoted = data[i] == '"' || data[i] == '\'';
        if (quoted) {
            i++;
        }
        int spaces = i;
        while (i < end && isSpace(data[i])) {
            i++;
        }
        return i < end && (data[i] == ':' || data[i] == '=' || quoted && i > spaces && valueAttribute(data, i, end));
    }

    private static boolean valueAttribute(byte[] data, int at, int end) {
        byte[] value = {'v', 'a', 'l', 'u', 'e'};
        int i = at;
        for (byte b : value) {
            if (i >= end || (data[i] | 0x20) != b) {
                return false;
            }
            i++;
        }
        while (i < end && isSpace(data[i])) {
            i++;
        }
        return i < end && data[i] == '=';
    }

    /** {@code [^:@/\s'"]*:[^@/\s'"]+@}: a user, a colon, a password and an at sign. */
    static boolean userInfoFollows(byte[] data, int at, int end) {
        int i = at;
        while (i < end && !isSpace(data[i]) && data[i] != ':' && data[i] != '@' && data[i] != '/' && !isQuote(data[i])) {
            i++;
        }
        if (i >= end || data[i] != ':') {
            return false;
        }
        int password = ++i;
        while (i < end && !isSpace(data[i]) && data[i] != '@' && data[i] != '/' && !isQuote(data[i])) {
            i++;
        }
        return i > password && i < end && data[i] == '@';
    }

    private static boolean isNameTail(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '.' || b == '-';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static boolean isQuote(byte b) {
        return b == '"' || b == '\'';
    }
}
