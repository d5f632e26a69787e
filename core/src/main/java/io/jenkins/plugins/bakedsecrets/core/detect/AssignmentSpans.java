package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * Finds {@code name <operator> value} pairs in one line of any syntax, without knowing which: {@code =}, {@code :},
 * {@code :=} and {@code =>} (dotenv, properties, YAML, JSON, TOML, INI, shell, code, log fields), an XML element's
 * {@code >}, and the space after a command-line flag ({@code --api-key VALUE}). Names may be quoted (JSON keys,
 * {@code ['KEY']}); comparisons ({@code ==}, {@code !=}, {@code <=}), {@code ::} and URL schemes are not operators.
 * The caller reads the value itself, because only it knows which characters the value may hold.
 */
final class AssignmentSpans {
    /** Names longer than this are not names. */
    static final int MAX_NAME = 128;

    private AssignmentSpans() {
    }

    /** Receives one pair; returns true to stop the search. */
    @FunctionalInterface
    interface Sink {
        /**
         * A pair: the name is {@code line[nameStart, nameEnd)}, the value starts at {@code valueStart} (after any
         * opening quote) and the operator ended at {@code operatorEnd}.
         */
        boolean pair(int nameStart, int nameEnd, int operatorEnd, int valueStart);
    }

    /**
     * Reports each pair whose operator lies in {@code [from, to)}, in order. With {@code spaceSeparates} a space after
     * a name at the start of the line is an operator too, as in Java properties ({@code key value}).
     */
    static void scan(String line, int from, int to, boolean spaceSeparates, Sink sink) {
        int end = Math.min(to, line.length());
        for (int i = Math.max(from, 0); i < end; i++) {
            int operatorEnd = operatorEnd(line, i, spaceSeparates);
            if (operatorEnd < 0) {
                continue;
            }
            long name = name(line, i);
            int nameStart = (int) (name >>> 32);
            int nameEnd = (int) name;
            if (name < 0 || nameStart == nameEnd || !fits(line, i, nameStart, spaceSeparates)) {
                continue;
            }
            int value = operatorEnd;
            while (value < line.length() && isBlank(line.charAt(value))) {
                value++;
            }
            if (value < line.length() && isQuote(line.charAt(value))) {
                value++;
            }
            if (sink.pair(nameStart, nameEnd, operatorEnd, value)) {
                return;
            }
            i = operatorEnd - 1;
        }
    }

    /** Where the operator starting at {@code i} ends, or -1 when {@code i} starts none. */
    private static int operatorEnd(String line, int i, boolean spaceSeparates) {
        char c = line.charAt(i);
        char next = i + 1 < line.length() ? line.charAt(i + 1) : '\n';
        char before = i > 0 ? line.charAt(i - 1) : '\n';
        return switch (c) {
            case '=' -> next == '=' || "!<>=~".indexOf(before) >= 0 ? -1 : next == '>' ? i + 2 : i + 1;
            case ':' -> next == ':' || before == ':' || next == '/' ? -1 : next == '=' ? i + 2 : i + 1;
            case '>' -> before == '=' || before == '-' ? -1 : i + 1;
            case ' ', '\t' -> i > 0 && !isBlank(before) && !isQuote(before) && !isOperator(before) ? i + 1 : -1;
            default -> -1;
        };
    }

    /** Whether the operator at {@code i} suits its name: {@code >} closes an XML tag, a space follows a flag. */
    private static boolean fits(String line, int i, int nameStart, boolean spaceSeparates) {
        char c = line.charAt(i);
        if (c == '>') {
            return nameStart > 0 && line.charAt(nameStart - 1) == '<';
        }
        if (c == ' ' || c == '\t') {
            boolean flag = line.charAt(nameStart) == '-' && i - nameStart >= 2;
            return flag || spaceSeparates && line.substring(0, nameStart).isBlank();
        }
        return true;
    }

    /** The name before the operator at {@code op}, packed as {@code start << 32 | end}; -1 when there is none. */
    private static long name(String line, int op) {
        int j = op - 1;
        if (line.charAt(op) != '>' && line.charAt(op) != ' ' && line.charAt(op) != '\t') {
            while (j >= 0 && isBlank(line.charAt(j))) {
                j--;
            }
        }
        if (j >= 1 && line.charAt(j) == ']' && isQuote(line.charAt(j - 1))) {
            j--;
        }
        if (j < 0) {
            return -1;
        }
        if (isQuote(line.charAt(j))) {
            int open = j - 1;
            while (open >= 0 && j - open <= MAX_NAME && line.charAt(open) != line.charAt(j)) {
                open--;
            }
            return open < 0 || j - open > MAX_NAME ? -1 : ((long) (open + 1) << 32) | j;
        }
        int start = j + 1;
        while (start > 0 && isNameChar(line.charAt(start - 1)) && j + 1 - start < MAX_NAME) {
            start--;
        }
        return ((long) start << 32) | (j + 1);
    }

    static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
                || c == '[' || c == ']' || c == '$' || c == '@';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The index of the first character at or after {@code from} that is no space or tab. */
    static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isOperator(char c) {
        return c == '=' || c == ':' || c == '>' || c == ',';
    }
}
