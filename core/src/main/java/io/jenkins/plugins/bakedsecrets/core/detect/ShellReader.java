package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shell variable assignments ({@code NAME=word}, after {@code export}, {@code readonly}, {@code declare},
 * {@code local} or {@code typeset}, several on a line) and Dockerfile {@code ENV}/{@code ARG}, whose words follow
 * shell quoting: a backslash escapes the next character, single quotes are literal, double quotes keep
 * {@code $}-expansion and take {@code \$ \` \" \\}, {@code $'...'} takes ANSI-C escapes. A word ends at unquoted
 * white space or an operator; {@code #} inside a word is literal. A value with a parameter expansion or command
 * substitution refers to something else and holds no secret of its own.
 */
final class ShellReader implements FormatReader {
    private static final Set<String> BUILTINS = Set.of("export", "readonly", "declare", "local", "typeset");
    private static final int UNCLOSED = -2;

    /** A read word: its text, whether it is literal, and the index after it. */
    private record Word(String text, boolean literal, boolean quoted, int end) {
        @Override
        public String toString() {
            return "Word[end " + end + "]";
        }
    }

    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        int i = AssignmentSpans.skipBlanks(line, 0);
        int wordEnd = i;
        while (wordEnd < line.length() && Character.isLetter(line.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = line.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if ((first.equals("env") || first.equals("arg")) && wordEnd < line.length()
                && Character.isWhitespace(line.charAt(wordEnd))) {
            return dockerfile(line, AssignmentSpans.skipBlanks(line, wordEnd), lineNumber, out);
        }
        if (BUILTINS.contains(first) && wordEnd < line.length() && line.charAt(wordEnd) == ' ') {
            i = AssignmentSpans.skipBlanks(line, wordEnd);
            while (i < line.length() && line.charAt(i) == '-') {
                i = AssignmentSpans.skipBlanks(line, Math.max(line.indexOf(' ', i), i + 1));
            }
        }
        return assignments(line, i, lineNumber, out);
    }

    /** {@code NAME=word NAME2=word2 ...} from {@code from}; true when at least one was read. */
    private static boolean assignments(String line, int from, int lineNumber, List<Assignment> out) {
        boolean found = false;
        int i = from;
        while (i < line.length()) {
            int nameEnd = i;
            while (nameEnd < line.length() && (Character.isLetterOrDigit(line.charAt(nameEnd))
                    || line.charAt(nameEnd) == '_')) {
                nameEnd++;
            }
            if (nameEnd == i || nameEnd >= line.length() || line.charAt(nameEnd) != '='
                    || Character.isDigit(line.charAt(i))) {
                break;
            }
            Word w = word(line, nameEnd + 1);
            if (w == null) {
                break;
            }
            out.add(new Assignment(line.substring(i, nameEnd), w.text(), lineNumber, w.literal(), w.quoted()));
            found = true;
            i = AssignmentSpans.skipBlanks(line, w.end());
        }
        return found;
    }

    /** Dockerfile {@code ENV NAME=value ...}, or the older {@code ENV NAME value} whose value is the rest. */
    private static boolean dockerfile(String line, int from, int lineNumber, List<Assignment> out) {
        int nameEnd = from;
        while (nameEnd < line.length() && !Character.isWhitespace(line.charAt(nameEnd))
                && line.charAt(nameEnd) != '=') {
            nameEnd++;
        }
        if (nameEnd < line.length() && line.charAt(nameEnd) == '=') {
            return assignments(line, from, lineNumber, out);
        }
        if (nameEnd == from || nameEnd >= line.length()) {
            return false;
        }
        Word w = word(line, AssignmentSpans.skipBlanks(line, nameEnd));
        String value = w != null && w.end() >= line.strip().length() ? w.text()
                : line.substring(AssignmentSpans.skipBlanks(line, nameEnd)).strip();
        out.add(new Assignment(line.substring(from, nameEnd), value, lineNumber, w == null || w.literal(),
                w != null && w.quoted()));
        return true;
    }

    /** One shell word from {@code from}, or null when a quote does not close on this line. */
    private static Word word(String line, int from) {
        StringBuilder b = new StringBuilder();
        boolean literal = true;
        boolean quoted = false;
        int i = from;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && ";&|<>()".indexOf(line.charAt(i)) < 0) {
            char c = line.charAt(i);
            int end = c == '\\' || c == '"' || c == '\'' || c == '$' && i + 1 < line.length() && line.charAt(i + 1)
                    == '\'' ? quotedPart(line, i, b) : -1;
            if (end == UNCLOSED) {
                return null;
            }
            if (end >= 0) {
                quoted |= c != '\\';
                literal &= c != '"' || !refers(line.substring(i, end));
                i = end;
            } else {
                literal &= c != '`' && !(c == '$' && DotenvReader.refers(line.substring(i, Math.min(i + 2,
                        line.length()))));
                b.append(c);
                i++;
            }
        }
        return new Word(b.toString(), literal, quoted, i);
    }

    /**
     * Appends the quoted part or escape starting at {@code i} ({@code \\x}, {@code '...'}, {@code $'...'},
     * {@code "..."}); returns the index after it, or {@link #UNCLOSED}.
     */
    private static int quotedPart(String line, int i, StringBuilder b) {
        char c = line.charAt(i);
        if (c == '\\') {
            if (i + 1 >= line.length()) {
                return UNCLOSED;
            }
            b.append(line.charAt(i + 1));
            return i + 2;
        }
        if (c == '"') {
            int end = doubleQuoted(line, i, b);
            return end < 0 ? UNCLOSED : end;
        }
        QuotedText.Read r = c == '\'' ? QuotedText.literal(line, i, '\'') : ansiC(line, i + 1);
        if (r == null) {
            return UNCLOSED;
        }
        b.append(r.text());
        return r.end();
    }

    /** A double-quoted part refers to something else when it expands a parameter or substitutes a command. */
    private static boolean refers(String doubleQuoted) {
        return DotenvReader.refers(doubleQuoted) || doubleQuoted.indexOf('`') >= 0;
    }

    /** Appends a double-quoted string's text; returns the index after its closing quote, or -1. */
    private static int doubleQuoted(String line, int open, StringBuilder b) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "$`\"\\".indexOf(line.charAt(i + 1)) >= 0) {
                b.append(line.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return -1;
    }

    /** {@code $'...'} from its quote at {@code open}: backslash escapes as in C. */
    private static QuotedText.Read ansiC(String line, int open) {
        StringBuilder b = new StringBuilder();
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                return new QuotedText.Read(b.toString(), i + 1);
            }
            if (c == '\\' && i + 1 < line.length()) {
                i = QuotedText.escape(line, i + 1, b);
            } else {
                b.append(c);
            }
        }
        return null;
    }
}
