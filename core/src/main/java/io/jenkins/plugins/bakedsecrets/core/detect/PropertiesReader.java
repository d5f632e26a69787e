package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/**
 * Java properties files as {@code java.util.Properties.load} reads them: {@code #} and {@code !} start a comment
 * only as the first non-blank character of a line (elsewhere they are part of the value); the key ends at the first
 * unescaped {@code =}, {@code :} or white space; a line ending in an odd number of backslashes continues on the next
 * one, whose leading white space is dropped; {@code \\uXXXX}, {@code \t}, {@code \n}, {@code \r}, {@code \f} are
 * escapes and a backslash before any other character stands for that character. The value's line is the line its
 * key is on.
 */
final class PropertiesReader implements FormatReader {
    /** Longest logical line kept; a longer continuation is given up (no real property value comes close). */
    private static final int MAX_LOGICAL = 16 * 1024;
    private StringBuilder pending;
    private int pendingLine;

    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        if (pending != null) {
            pending.append(line, skipWhite(line, 0), line.length());
            if (continues(pending) && pending.length() < MAX_LOGICAL) {
                pending.setLength(pending.length() - 1);
                return true;
            }
            String logical = pending.toString();
            pending = null;
            parse(logical, pendingLine, out);
            return true;
        }
        int i = skipWhite(line, 0);
        if (i >= line.length() || line.charAt(i) == '#' || line.charAt(i) == '!') {
            return false;
        }
        if (continues(line)) {
            pending = new StringBuilder(line.substring(i, line.length() - 1));
            pendingLine = lineNumber;
            return true;
        }
        return parse(line.substring(i), lineNumber, out);
    }

    @Override
    public boolean open() {
        return pending != null;
    }

    @Override
    public void finish(List<Assignment> out) {
        if (pending != null) {
            parse(pending.toString(), pendingLine, out);
            pending = null;
        }
    }

    private static boolean parse(String logical, int lineNumber, List<Assignment> out) {
        int i = 0;
        while (i < logical.length() && !isSeparator(logical.charAt(i))) {
            i += logical.charAt(i) == '\\' ? 2 : 1;
        }
        int keyEnd = Math.min(i, logical.length());
        i = skipWhite(logical, keyEnd);
        if (i < logical.length() && (logical.charAt(i) == '=' || logical.charAt(i) == ':')) {
            i = skipWhite(logical, i + 1);
        }
        String key = unescape(logical.substring(0, keyEnd));
        if (key.isEmpty()) {
            return false;
        }
        String value = unescape(logical.substring(i));
        out.add(new Assignment(key, value, lineNumber, !value.contains("${"), false));
        return true;
    }

    /** An odd number of trailing backslashes. */
    private static boolean continues(CharSequence line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String unescape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                b.append(c);
            } else if (text.charAt(i + 1) == 'u' && QuotedText.hex(text, i + 2, 4) >= 0) {
                b.append((char) QuotedText.hex(text, i + 2, 4));
                i += 5;
            } else {
                char e = text.charAt(++i);
                b.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> e;
                });
            }
        }
        return b.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f';
    }

    private static int skipWhite(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }
}
