package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * The quoted strings of the configuration syntaxes, read from a line: where the string ends and what it says after
 * unescaping. A string that does not close on its line yields null; the readers then leave the line to the regexes.
 */
final class QuotedText {
    /** A read string: its text and the index just after its closing quote. */
    record Read(String text, int end) {
        @Override
        public String toString() {
            return "Read[end " + end + "]";
        }
    }

    private QuotedText() {
    }

    /**
     * A double-quoted string starting at the quote {@code open}, with C-style escapes: {@code \n \t \r \b \f \0},
     * {@code \xHH}, {@code \\uHHHH}, {@code \\UHHHHHHHH} and backslash before any other character standing for it
     * (JSON, YAML, TOML, dotenv).
     */
    static Read doubleQuoted(String line, int open) {
        StringBuilder b = new StringBuilder();
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return new Read(b.toString(), i + 1);
            }
            if (c != '\\' || i + 1 >= line.length()) {
                b.append(c);
                continue;
            }
            i = escape(line, i + 1, b);
        }
        return null;
    }

    /** A single-quoted string whose quote is escaped by doubling it (YAML, SQL): {@code 'it''s'}. */
    static Read singleQuotedDoubling(String line, int open) {
        StringBuilder b = new StringBuilder();
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i++;
                    continue;
                }
                return new Read(b.toString(), i + 1);
            }
            b.append(c);
        }
        return null;
    }

    /** A single-quoted string with no escapes at all (shell, TOML literal strings). */
    static Read literal(String line, int open, char quote) {
        int close = line.indexOf(quote, open + 1);
        return close < 0 ? null : new Read(line.substring(open + 1, close), close + 1);
    }

    /**
     * Reads the escape whose letter is at {@code at} into {@code b}; returns the index of its last character. An
     * unknown escape stands for its letter.
     */
    static int escape(String line, int at, StringBuilder b) {
        char e = line.charAt(at);
        int digits = switch (e) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits > 0) {
            int cp = hex(line, at + 1, digits);
            if (cp >= 0 && Character.isValidCodePoint(cp)) {
                b.appendCodePoint(cp);
                return at + digits;
            }
            b.append(e);
            return at;
        }
        b.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case '0' -> '\0';
            case 'e' -> '\u001b';
            case 'a' -> '\u0007';
            case 'v' -> '\u000b';
            default -> e;
        });
        return at;
    }

    /** The value of {@code digits} hex digits at {@code from}, or -1. */
    static int hex(String line, int from, int digits) {
        if (from + digits > line.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(line.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
