package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hit check read off a rule's regex: when every match of the regex holds the keyword followed by known characters
 * ({@code cio[A-Za-z0-9]{32}}: 32 letters or digits; {@code sk_live_}: the literal {@code _live_}), a keyword hit
 * not followed by them cannot be where a match lies. Most hits of short keywords are prose ({@code sk} in "task",
 * {@code pat} in "path"), and this check turns them away with a few byte tests instead of a regex run over the line.
 *
 * <p>The reading is deliberately narrow and gives no check whenever it is unsure. It follows the regex's top-level
 * sequence only (a top-level {@code |} gives up), opens plain groups without a quantifier, and takes a keyword from
 * a run of literal characters, or from a group of literal alternatives that are all keywords of the rule (so that
 * whichever alternative a match uses, that keyword's own hit passes); a keyword may also begin in a one-character
 * class or end inside a run under the same condition (see {@link #stepsAfter}). After the keyword it takes literal
 * characters (compared ignoring case, which only accepts more) and then at most one class of ASCII characters (in
 * brackets, or one of {@code \d}, {@code \w}, {@code \s}) repeated at least once. A case-insensitive flag anywhere
 * in the regex folds the class. Text is matched as ISO-8859-1, one character per byte, so a byte test is exact; a
 * negated class holds every byte above 0x7F.
 */
final class FollowingRun implements HitChecks.HitCheck {
    /** More steps than this are not checked: the first ones already turn away nearly every prose hit. */
    private static final int MAX_STEPS = 128;
    /** The allowed bytes at each position after the keyword. */
    private final boolean[][] steps;

    private FollowingRun(List<boolean[]> steps) {
        this.steps = steps.toArray(boolean[][]::new);
    }

    /** The check for hits of {@code keyword} of a rule with this regex and these keywords, when one can be read. */
    static Optional<HitChecks.HitCheck> derive(String regex, String keyword, List<String> ruleKeywords) {
        List<Element> sequence;
        try {
            sequence = new Reader(regex).sequence();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String wanted = keyword.toLowerCase(Locale.ROOT);
        boolean fold = regex.contains("(?i");
        for (int i = 0; i < sequence.size(); i++) {
            List<boolean[]> steps = stepsAfter(sequence, i, wanted, ruleKeywords, fold);
            if (steps != null && !steps.isEmpty()) {
                return Optional.of(new FollowingRun(steps));
            }
        }
        return Optional.empty();
    }

    /**
     * What must follow the keyword when it starts at element {@code i}, or null when it cannot start there. Between
     * its first and last character the keyword takes literals only. Its first character may come from a class of
     * one character ({@code [0-9]Q~} for {@code 0q~}) and its last from a run ({@code SK[0-9a-f]{32}} for
     * {@code sk0}), but only when the rule has a keyword for every character of that class: whichever character a
     * match has there, its own keyword's hit then vouches for it.
     */
    private static List<boolean[]> stepsAfter(List<Element> sequence, int i, String keyword, List<String> ruleKeywords,
                                              boolean fold) {
        int j = i;
        int k = 0;
        boolean startsInClass = false;
        if (sequence.get(i) instanceof Alternatives alt) {
            boolean allKeywords = alt.words().stream().allMatch(w -> ruleKeywords.contains(w.toLowerCase(Locale.ROOT)));
            if (!allKeywords || alt.words().stream().noneMatch(w -> w.equalsIgnoreCase(keyword))) {
                return null;
            }
            return collect(sequence, i + 1, fold, new ArrayList<>());
        }
        if (sequence.get(i) instanceof Run first) {
            if (first.min() != 1 || first.max() != 1 || keyword.length() < 2
                    || !coveredAt(classOf(first, fold), keyword, 0, ruleKeywords)) {
                return null;
            }
            j++;
            k++;
            startsInClass = true;
        }
        for (; k < keyword.length(); k++, j++) {
            if (j >= sequence.size()) {
                return null;
            }
            Element e = sequence.get(j);
            if (e instanceof Literal lit && Character.toLowerCase(lit.c()) == keyword.charAt(k)) {
                continue;
            }
            // Not both ends in a class: the rule would need a keyword for every pair of characters.
            if (e instanceof Run last && k == keyword.length() - 1 && !startsInClass && k > 0 && last.min() >= 1
                    && coveredAt(classOf(last, fold), keyword, k, ruleKeywords)) {
                List<boolean[]> steps = new ArrayList<>();
                boolean[] member = classOf(last, fold);
                for (int n = 1; n < last.min() && steps.size() < MAX_STEPS; n++) {
                    steps.add(member);
                }
                // A run of fixed length ends where the pattern goes on; after a longer one nothing is known.
                return last.max() == last.min() ? collect(sequence, j + 1, fold, steps) : steps;
            }
            return null;
        }
        return collect(sequence, j, fold, new ArrayList<>());
    }

    /** Adds the literals from element {@code j} on, then at most one run, to {@code steps}. */
    private static List<boolean[]> collect(List<Element> sequence, int j, boolean fold, List<boolean[]> steps) {
        for (int e = j; e < sequence.size() && steps.size() < MAX_STEPS; e++) {
            if (sequence.get(e) instanceof Literal lit) {
                steps.add(eitherCase(lit.c()));
                continue;
            }
            if (sequence.get(e) instanceof Run run) {
                boolean[] member = classOf(run, fold);
                for (int n = 0; n < run.min() && steps.size() < MAX_STEPS; n++) {
                    steps.add(member);
                }
            }
            break;
        }
        return steps;
    }

    private static boolean[] classOf(Run run, boolean fold) {
        return fold ? folded(run.member()) : run.member();
    }

    /**
     * Whether the keyword's character at {@code at} lies in the class, and the rule has a keyword for each of the
     * class's characters in its place (lower-cased; a class with a non-ASCII member is never covered).
     */
    private static boolean coveredAt(boolean[] member, String keyword, int at, List<String> ruleKeywords) {
        if (!member[keyword.charAt(at) & 0xff] || keyword.charAt(at) > 0xff) {
            return false;
        }
        for (int b = 0; b < 256; b++) {
            if (!member[b]) {
                continue;
            }
            if (b > 0x7f) {
                return false;
            }
            char lower = Character.toLowerCase((char) b);
            String variant = keyword.substring(0, at) + lower + keyword.substring(at + 1);
            if (!ruleKeywords.contains(variant)) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] eitherCase(char c) {
        boolean[] member = new boolean[256];
        member[Character.toLowerCase(c) & 0xff] = true;
        member[Character.toUpperCase(c) & 0xff] = true;
        return member;
    }

    private static boolean[] folded(boolean[] member) {
        boolean[] out = member.clone();
        for (int c = 'a'; c <= 'z'; c++) {
            boolean either = member[c] || member[c - 'a' + 'A'];
            out[c] = either;
            out[c - 'a' + 'A'] = either;
        }
        return out;
    }

    @Override
    public boolean accepts(byte[] data, int at, int end) {
        if (end - at < steps.length) {
            return false;
        }
        for (int k = 0; k < steps.length; k++) {
            if (!steps[k][data[at + k] & 0xff]) {
                return false;
            }
        }
        return true;
    }

    /** One element of a regex's top-level sequence. */
    private sealed interface Element permits Literal, Run, Alternatives, Other {
    }

    /** A literal character without a quantifier. */
    private record Literal(char c) implements Element {
    }

    /** A character class repeated {@code min} to {@code max} times ({@code max} -1: no upper bound). */
    private record Run(boolean[] member, int min, int max) implements Element {
    }

    /** A group of literal alternatives, without a quantifier. */
    private record Alternatives(List<String> words) implements Element {
    }

    /** Anything else: it breaks the sequence. */
    private record Other() implements Element {
    }

    /** Reads the part of the regex syntax the check needs; anything unexpected throws IllegalArgumentException. */
    private static final class Reader {
        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        List<Element> sequence() {
            List<Element> out = new ArrayList<>();
            while (pos < re.length()) {
                if (re.charAt(pos) == '|') {
                    throw new IllegalArgumentException("top-level alternation");
                }
                if (re.charAt(pos) == ')') {
                    throw new IllegalArgumentException("unbalanced");
                }
                out.addAll(atom());
            }
            return out;
        }

        /** The next atom with its quantifier, as elements of the sequence. */
        private List<Element> atom() {
            char c = re.charAt(pos);
            List<Element> inner;
            boolean[] set = null;
            if (c == '(') {
                inner = group();
            } else if (c == '[') {
                set = bracket();
                inner = null;
            } else if (c == '\\') {
                pos++;
                char e = next();
                set = escapeClass(e);
                if (set != null) {
                    inner = null;
                } else if (isEscapedLiteral(e)) {
                    inner = List.of(new Literal(e));
                } else if ("bBAz".indexOf(e) >= 0) {
                    // Zero-width assertions.
                    inner = List.of(new Other());
                } else {
                    throw new IllegalArgumentException("escape \\" + e);
                }
            } else if (".^$".indexOf(c) >= 0) {
                pos++;
                inner = List.of(new Other());
            } else if ("*+?{".indexOf(c) >= 0) {
                throw new IllegalArgumentException("dangling quantifier");
            } else if (c > 0xff) {
                throw new IllegalArgumentException("not a Latin-1 literal");
            } else {
                pos++;
                inner = List.of(new Literal(c));
            }
            int[] quantifier = quantifier();
            if (set != null) {
                return List.of(quantifier == null ? new Run(set, 1, 1) : new Run(set, quantifier[0], quantifier[1]));
            }
            if (quantifier == null) {
                return inner;
            }
            return List.of(new Other());
        }

        /** A group: its sequence inlined, literal alternatives, or Other. */
        private List<Element> group() {
            int open = pos;
            pos++;
            if (re.startsWith("?:", pos)) {
                pos += 2;
            } else if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("group name");
                }
                pos = close + 1;
            } else if (re.startsWith("?", pos)) {
                // Flags such as (?i) or (?i:...): skip them; a fold anywhere folds every class.
                int close = pos;
                while (close < re.length() && re.charAt(close) != ')' && re.charAt(close) != ':') {
                    close++;
                }
                if (close >= re.length()) {
                    throw new IllegalArgumentException("flags");
                }
                pos = close + 1;
                if (re.charAt(close) == ')') {
                    return List.of();
                }
            }
            List<List<Element>> branches = new ArrayList<>();
            List<Element> current = new ArrayList<>();
            while (true) {
                if (pos >= re.length()) {
                    throw new IllegalArgumentException("unclosed group at " + open);
                }
                char c = re.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c == '|') {
                    pos++;
                    branches.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                current.addAll(atom());
            }
            branches.add(current);
            if (branches.size() == 1) {
                return current;
            }
            List<String> words = new ArrayList<>();
            for (List<Element> branch : branches) {
                StringBuilder word = new StringBuilder();
                for (Element e : branch) {
                    if (!(e instanceof Literal lit)) {
                        return List.of(new Other());
                    }
                    word.append(lit.c());
                }
                words.add(word.toString());
            }
            return List.of(new Alternatives(words));
        }

        /** {@code {n}}, {@code {n,}}, {@code {n,m}}, {@code +}, {@code *}, {@code ?} as {min, max or -1}; or null. */
        private int[] quantifier() {
            if (pos >= re.length()) {
                return null;
            }
            char c = re.charAt(pos);
            int[] q;
            if (c == '+') {
                pos++;
                q = new int[] {1, -1};
            } else if (c == '*' || c == '?') {
                pos++;
                q = new int[] {0, c == '?' ? 1 : -1};
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("brace");
                }
                String body = re.substring(pos + 1, close);
                int comma = body.indexOf(',');
                try {
                    int min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                    String high = comma < 0 ? body : body.substring(comma + 1);
                    q = new int[] {min, high.isEmpty() ? -1 : Integer.parseInt(high)};
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("repeat count", e);
                }
                pos = close + 1;
            } else {
                return null;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return q;
        }

        private boolean[] bracket() {
            pos++;
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            BitSet set = new BitSet(256);
            boolean first = true;
            while (true) {
                if (pos >= re.length()) {
                    throw new IllegalArgumentException("unclosed class");
                }
                char c = re.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                first = false;
                if (c == '[') {
                    throw new IllegalArgumentException("named class");
                }
                int low;
                if (c == '\\') {
                    pos++;
                    char e = next();
                    boolean[] escaped = escapeClass(e);
                    if (escaped != null) {
                        for (int b = 0; b < 256; b++) {
                            if (escaped[b]) {
                                set.set(b);
                            }
                        }
                        continue;
                    }
                    if (!isEscapedLiteral(e)) {
                        throw new IllegalArgumentException("escape in class");
                    }
                    low = e;
                } else {
                    pos++;
                    low = c;
                }
                int high = low;
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    char h = next();
                    if (h == '\\') {
                        h = next();
                        if (!isEscapedLiteral(h)) {
                            throw new IllegalArgumentException("escape in range");
                        }
                    }
                    high = h;
                }
                if (low > 0x7f || high > 0x7f || high < low) {
                    throw new IllegalArgumentException("not an ASCII class");
                }
                set.set(low, high + 1);
            }
            boolean[] member = new boolean[256];
            for (int b = 0; b < 256; b++) {
                member[b] = set.get(b) != negated;
            }
            return member;
        }

        private char next() {
            if (pos >= re.length()) {
                throw new IllegalArgumentException("trailing backslash");
            }
            return re.charAt(pos++);
        }

        /** The byte set of {@code \d \w \s} and their negations, or null for other escapes. */
        private static boolean[] escapeClass(char e) {
            boolean[] member = new boolean[256];
            char kind = Character.toLowerCase(e);
            if (kind != 'd' && kind != 'w' && kind != 's') {
                return null;
            }
            for (int b = 0; b < 256; b++) {
                boolean in = switch (kind) {
                    case 'd' -> b >= '0' && b <= '9';
                    case 'w' -> b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
                    default -> b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
                };
                member[b] = in != Character.isUpperCase(e);
            }
            return member;
        }

        /** Punctuation escaped to stand for itself. */
        private static boolean isEscapedLiteral(char e) {
            return e < 0x80 && !Character.isLetterOrDigit(e);
        }
    }
}
