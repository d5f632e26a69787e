package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/**
 * INI and TOML key/value lines. {@code ;} and {@code #} start a comment at the start of a line, or after white space
 * behind an unquoted value; a TOML basic string ({@code "..."}) takes backslash escapes, a literal string
 * ({@code '...'}) none; multi-line strings are left to the regexes. An unquoted INI value runs to the end of the
 * line, so {@code password = p#ss;w0rd} is one value.
 */
final class IniReader implements FormatReader {
    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        int i = AssignmentSpans.skipBlanks(line, 0);
        if (i >= line.length() || ";#[".indexOf(line.charAt(i)) >= 0) {
            return false;
        }
        int op = separator(line, i);
        if (op < 0) {
            return false;
        }
        String name = unquoteName(line.substring(i, op).strip());
        int v = AssignmentSpans.skipBlanks(line, op + 1);
        if (name.isEmpty() || line.startsWith("\"\"\"", v) || line.startsWith("'''", v)) {
            return false;
        }
        char q = v < line.length() ? line.charAt(v) : '\n';
        QuotedText.Read r = q == '"' ? QuotedText.doubleQuoted(line, v) : q == '\'' ? QuotedText.literal(line, v, q)
                : null;
        if (r != null) {
            out.add(new Assignment(name, r.text(), lineNumber, true, true));
        } else {
            out.add(new Assignment(name, unquoted(line, v), lineNumber, true, false));
        }
        return true;
    }

    /** The first {@code =} or {@code :} outside a quoted key. */
    private static int separator(String line, int from) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String unquoteName(String name) {
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
                && name.charAt(name.length() - 1) == name.charAt(0)) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** Up to white space followed by {@code ;} or {@code #}, trailing white space dropped. */
    private static String unquoted(String line, int from) {
        int end = line.length();
        for (int i = from + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(line.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        return from >= end ? "" : line.substring(from, end).strip();
    }
}
