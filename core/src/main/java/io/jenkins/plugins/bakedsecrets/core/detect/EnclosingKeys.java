package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;
import java.util.Locale;

/**
 * How a line opens a key that encloses the lines below it, in whichever syntax: a YAML or JSON mapping
 * ({@code discord:}, or a JSON key followed by an opening brace), an HCL or nginx block, an INI or TOML section
 * ({@code [discord]}), an XML element alone on its line ({@code <discord>}), or the name half of a name/value pair
 * ({@code - name: DISCORD_SECRET} then {@code value: ...}).
 */
final class EnclosingKeys {
    private static final List<String> PAIR_NAMES = List.of("name", "key", "parameterkey", "variable");

    /** Kinds of enclosing keys, by how they close: indentation, the next section, or the pair's value. */
    enum Kind { BLOCK, SECTION, PAIR }

    private EnclosingKeys() {
    }

    /** What the name ending before {@code i} opens, {@code next} being the character there; null for nothing. */
    static Kind kind(String text, int ks, int i, char next) {
        if ((next == ':' || next == '=') && opensBlock(text, AssignmentSpans.skipBlanks(text, i + 1)) || next == '{') {
            return Kind.BLOCK;
        }
        if (next == ']' && text.strip().startsWith("[")) {
            return Kind.SECTION;
        }
        if (next == '>' && ks > 0 && text.charAt(ks - 1) == '<' && text.substring(i + 1).isBlank()) {
            return Kind.BLOCK;
        }
        return pairName(text, ks) ? Kind.PAIR : null;
    }

    /** After {@code name:} or {@code name =}: nothing, a comment, an opening brace or a YAML block indicator. */
    static boolean opensBlock(String text, int j) {
        if (j >= text.length() || text.charAt(j) == '#' || text.startsWith("//", j)) {
            return true;
        }
        char c = text.charAt(j);
        if (c == '{') {
            return text.substring(j + 1).isBlank();
        }
        if (c == '|' || c == '>') {
            int k = j + 1;
            while (k < text.length() && "+-0123456789".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            return text.substring(k).isBlank() || text.substring(k).strip().startsWith("#");
        }
        return false;
    }

    /** Whether the name starting at {@code ks} is the value of a {@code name:} (or key, ParameterKey) field. */
    static boolean pairName(String text, int ks) {
        int j = ks - 1;
        if (j >= 0 && AssignmentSpans.isQuote(text.charAt(j))) {
            j--;
        }
        while (j >= 0 && AssignmentSpans.isBlank(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) != ':' && text.charAt(j) != '=') {
            return false;
        }
        j--;
        while (j >= 0 && AssignmentSpans.isBlank(text.charAt(j))) {
            j--;
        }
        if (j >= 0 && AssignmentSpans.isQuote(text.charAt(j))) {
            j--;
        }
        int end = j + 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return PAIR_NAMES.contains(text.substring(j + 1, end).toLowerCase(Locale.ROOT));
    }

    /** A character of an enclosing key's name: a name character, brackets aside (they close INI sections). */
    static boolean isLabelChar(char c) {
        return c != '[' && c != ']' && AssignmentSpans.isNameChar(c);
    }

    static boolean blankOrComment(String text) {
        String t = text.strip();
        return t.isEmpty() || t.startsWith("#") || t.startsWith("//") || t.startsWith(";") || t.startsWith("<!--");
    }
}
