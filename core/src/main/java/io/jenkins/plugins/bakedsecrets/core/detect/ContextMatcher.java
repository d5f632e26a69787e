package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.detect.EnclosingKeys.Kind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Applies every {@link RuleKind#CONTEXT} rule of a scan: a value of the rule's shape counts when its name (a key, a
 * key path, a command-line flag or a log line's {@code NAME=}) holds a credential word and names the service, the
 * service's name lying in the same name, shortly before it on the same line, or in an enclosing key: a YAML or JSON
 * mapping ({@code discord:} then {@code secret: ...} indented below), an INI or TOML section ({@code [discord]}), an
 * XML element, or a {@code name:}/{@code value:} pair (Kubernetes {@code env}). One instance per scan; it keeps the
 * open enclosing keys, so the lines inside them are read even without a keyword of their own.
 */
final class ContextMatcher {
    /** How far after the service's name the operator before its value may lie. */
    static final int MAX_GAP = 64;
    /** How many lines an enclosing key stays open at most. */
    static final int MAX_SCOPE_LINES = 200;
    private static final int MAX_SCOPES = 4;
    /** Occurrences of one service's names read per line: a hostile line repeating a name costs no more. */
    private static final int MAX_OCCURRENCES = 16;
    private static final int PAIR_LINES = 3;
    private static final List<String> PAIR_VALUES = List.of("value", "parametervalue");

    /** An open enclosing key: its rules, how it closes and its name. */
    private static final class Scope {
        final Kind kind;
        final int indent;
        final String label;
        final long openedOn;
        int[] rules;
        int linesLeft;
        boolean expectValue;

        Scope(int[] rules, Kind kind, int indent, String label, boolean expectValue, long openedOn) {
            this.rules = rules;
            this.openedOn = openedOn;
            this.kind = kind;
            this.indent = indent;
            this.label = label;
            this.linesLeft = kind == Kind.PAIR ? PAIR_LINES : MAX_SCOPE_LINES;
            this.expectValue = expectValue;
        }
    }

    private final CompiledContext[] contexts;
    private final boolean spaceSeparates;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private int[] hits = new int[8];
    private int hitCount;
    private long lines;

    /** {@code contexts} is indexed by rule and null for other kinds; {@code spaceSeparates} for Java properties. */
    ContextMatcher(CompiledContext[] contexts, boolean spaceSeparates) {
        this.contexts = contexts;
        this.spaceSeparates = spaceSeparates;
    }

    /** Whether rule {@code r} is a context rule (and so handled here). */
    boolean handles(int r) {
        return r < contexts.length && contexts[r] != null;
    }

    /** Rule {@code r}'s keyword occurred in the current line. */
    void hit(int r) {
        if (hitCount == hits.length) {
            hits = Arrays.copyOf(hits, hits.length * 2);
        }
        hits[hitCount++] = r;
    }

    /** True while an enclosing key is open: the next lines must be read even without keywords. */
    boolean active() {
        return !scopes.isEmpty();
    }

    /** True when the current line has work: a rule hit or an enclosing key open. */
    boolean pending() {
        return hitCount > 0 || !scopes.isEmpty();
    }

    /**
     * Reads one line. Values are emitted with their rule; names starting at or after {@code ownedEnd} belong to the
     * next window of a long line. Binary content, where no name is assigned anything, closes every scope.
     */
    void line(String text, int ownedEnd, boolean readable, int lineNumber, FormatValues.Sink sink) {
        int count = hitCount;
        hitCount = 0;
        lines++;
        if (count == 0 && scopes.isEmpty()) {
            return;
        }
        BiConsumer<CompiledRule, String> emit = (rule, secret) -> sink.accept(rule, secret, lineNumber);
        if (!readable) {
            scopes.clear();
            return;
        }
        boolean blank = EnclosingKeys.blankOrComment(text);
        int indent = indent(text);
        if (!scopes.isEmpty() && !blank) {
            close(text, indent);
            inScopes(text, emit);
        }
        for (int h = 0; h < count; h++) {
            CompiledContext c = contexts[hits[h]];
            int seen = 0;
            for (String name : c.names()) {
                for (long span = c.nameAt(text, name, 0); span >= 0 && (int) (span >>> 32) < ownedEnd
                        && seen < MAX_OCCURRENCES; span = c.nameAt(text, name, (int) span)) {
                    int at = (int) (span >>> 32);
                    sameLine(c, text, at, (int) span, emit);
                    if (!blank && seen == 0) {
                        open(c, text, at, (int) span, indent);
                    }
                    seen++;
                }
            }
        }
    }

    /** A value assigned right after the service's name: {@code SNYK_TOKEN=}, {@code adzuna KEY=}, JSON, flags. */
    private void sameLine(CompiledContext c, String text, int at, int nameEnd, BiConsumer<CompiledRule, String> emit) {
        int from = at;
        while (from > 0 && at - from < AssignmentSpans.MAX_NAME && AssignmentSpans.isNameChar(text.charAt(from - 1))) {
            from--;
        }
        int regionStart = from;
        AssignmentSpans.scan(text, nameEnd, nameEnd + MAX_GAP, spaceSeparates, (ks, ke, op, vs) -> {
            int start = Math.min(regionStart, ks);
            if (ke <= at || !NameParts.containsAny(text, start, ke, c.words()) || NameParts.descriptive(text, ks, ke)) {
                return false;
            }
            return offer(c, text, vs, start, emit);
        });
    }

    private static boolean offer(CompiledContext c, String text, int valueStart, int matchStart,
                                 BiConsumer<CompiledRule, String> emit) {
        String value = c.value(text, valueStart);
        if (value == null || c.compiled().rejects(value, text.substring(matchStart, valueStart + value.length()))) {
            return false;
        }
        emit.accept(c.compiled(), value);
        return true;
    }

    /** Opens a scope when the service's name is an enclosing key, a section or the name of a name/value pair. */
    private void open(CompiledContext c, String text, int at, int nameEnd, int indent) {
        int ks = at;
        while (ks > 0 && at - ks < AssignmentSpans.MAX_NAME && EnclosingKeys.isLabelChar(text.charAt(ks - 1))) {
            ks--;
        }
        int ke = nameEnd;
        while (ke < text.length() && ke - nameEnd < AssignmentSpans.MAX_NAME
                && EnclosingKeys.isLabelChar(text.charAt(ke))) {
            ke++;
        }
        int i = AssignmentSpans.skipBlanks(text, ke < text.length() && AssignmentSpans.isQuote(text.charAt(ke))
                ? ke + 1 : ke);
        char next = i < text.length() ? text.charAt(i) : '\n';
        Kind kind = EnclosingKeys.kind(text, ks, i, next);
        if (kind != null) {
            String label = text.substring(ks, ke);
            // A name that is itself a credential's (discord_secret:) may hold its value on the next line.
            boolean expectValue = kind == Kind.BLOCK && next != '{' && named(label, c);
            push(c, new Scope(new int[] {c.index()}, kind, indent, label, expectValue, lines));
        }
    }

    /** Pushes a scope; one opened on the same line with the same name takes the rule instead. */
    private void push(CompiledContext c, Scope scope) {
        Scope top = scopes.peek();
        if (top != null && top.openedOn == lines && top.kind == scope.kind && top.label.equals(scope.label)) {
            // Two services share the name (Datadog's API and app keys): one scope holds both rules.
            top.rules = Arrays.copyOf(top.rules, top.rules.length + 1);
            top.rules[top.rules.length - 1] = c.index();
            return;
        }
        if (scopes.size() == MAX_SCOPES) {
            scopes.removeLast();
        }
        scopes.push(scope);
    }

    /** Whether {@code name} names a credential of rule {@code c}: a credential word, and not only describing one. */
    private static boolean named(String name, CompiledContext c) {
        return NameParts.containsAny(name, 0, name.length(), c.words())
                && !NameParts.descriptive(name, 0, name.length());
    }

    /**
     * Closes the scopes this line leaves: less indented, a new section, the next list item after a name/value pair,
     * or past their line budget.
     */
    private void close(String text, int indent) {
        boolean listItem = text.startsWith("- ", indent);
        boolean section = text.strip().startsWith("[");
        scopes.removeIf(s -> --s.linesLeft < 0
                || s.kind == Kind.BLOCK && (indent < s.indent || indent == s.indent && !listItem)
                || s.kind == Kind.SECTION && section
                || s.kind == Kind.PAIR && listItem);
    }

    /** The values of a line inside open scopes: a credential-named pair, or the value an opener left open. */
    private void inScopes(String text, BiConsumer<CompiledRule, String> emit) {
        for (Scope s : scopes) {
            if (s.expectValue) {
                s.expectValue = false;
                int vs = AssignmentSpans.skipBlanks(text, 0);
                vs = vs < text.length() && AssignmentSpans.isQuote(text.charAt(vs)) ? vs + 1 : vs;
                for (int r : s.rules) {
                    offer(contexts[r], text, vs, 0, emit);
                }
            }
        }
        AssignmentSpans.scan(text, 0, text.length(), spaceSeparates, (ks, ke, op, vs) -> {
            for (Scope s : scopes) {
                boolean valueOfPair = s.kind == Kind.PAIR && PAIR_VALUES.contains(text.substring(ks, ke)
                        .toLowerCase(Locale.ROOT));
                String name = valueOfPair ? s.label : text.substring(ks, ke);
                for (int r : s.rules) {
                    if (named(name, contexts[r])) {
                        offer(contexts[r], text, vs, ks, emit);
                    }
                }
            }
            return false;
        });
    }

    private static int indent(String text) {
        return AssignmentSpans.skipBlanks(text, 0);
    }
}
