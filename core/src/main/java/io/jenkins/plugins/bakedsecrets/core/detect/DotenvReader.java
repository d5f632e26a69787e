package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/**
 * Dotenv files as Docker Compose's {@code env_file} and python-dotenv read them: {@code [export] NAME=VALUE}. An
 * unquoted value runs to the end of the line, and {@code #} starts a comment only after white space, so
 * {@code PASSWORD=p#ss!w0rd} is one value; double quotes take backslash escapes; single quotes are literal (a
 * backslash-escaped quote aside). {@code ${VAR}} and {@code $VAR} in an unquoted or double-quoted value are
 * references, not literals.
 */
final class DotenvReader implements FormatReader {
    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        int i = AssignmentSpans.skipBlanks(line, 0);
        if (line.startsWith("export ", i)) {
            i = AssignmentSpans.skipBlanks(line, i + "export ".length());
        }
        int nameStart = i;
        while (i < line.length() && isNameChar(line.charAt(i), i == nameStart)) {
            i++;
        }
        int nameEnd = i;
        i = AssignmentSpans.skipBlanks(line, i);
        if (nameEnd == nameStart || i >= line.length() || line.charAt(i) != '=') {
            return false;
        }
        String name = line.substring(nameStart, nameEnd);
        int v = AssignmentSpans.skipBlanks(line, i + 1);
        char q = v < line.length() ? line.charAt(v) : '\n';
        if (q == '"') {
            QuotedText.Read r = QuotedText.doubleQuoted(line, v);
            if (r == null) {
                return false;
            }
            out.add(new Assignment(name, r.text(), lineNumber, !refers(line.substring(v, r.end())), true));
        } else if (q == '\'') {
            String value = singleQuoted(line, v);
            if (value == null) {
                return false;
            }
            out.add(new Assignment(name, value, lineNumber, true, true));
        } else {
            String value = unquoted(line, v);
            out.add(new Assignment(name, value, lineNumber, !refers(value), false));
        }
        return true;
    }

    /** Up to white space followed by {@code #}, trailing white space dropped. */
    static String unquoted(String line, int from) {
        int end = line.length();
        for (int i = from + 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        return line.substring(from, end).strip();
    }

    private static String singleQuoted(String line, int open) {
        StringBuilder b = new StringBuilder();
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '\'' || line.charAt(i + 1) == '\\')) {
                b.append(line.charAt(++i));
            } else if (c == '\'') {
                return b.toString();
            } else {
                b.append(c);
            }
        }
        return null;
    }

    /** {@code $NAME}, {@code ${...}} or {@code $(...)} not escaped by a backslash. */
    static boolean refers(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '$') {
                char n = text.charAt(i + 1);
                if (n == '{' || n == '(' || n == '_' || Character.isLetter(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNameChar(char c, boolean first) {
        return Character.isLetter(c) || c == '_' || !first && (Character.isDigit(c) || c == '.' || c == '-');
    }
}
