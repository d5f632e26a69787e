package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link RuleKind#CONTEXT} rule prepared for matching: where its service names occur in a line and whether a value
 * has its shape. Immutable; shared by all scans of a detector.
 */
final class CompiledContext {
    /** Longer runs are no value of any shape (the longest, Aiven's, has 372 characters). */
    private static final int MAX_VALUE = 512;
    private final CompiledRule rule;
    private final int index;
    private final List<String> names;

    CompiledContext(CompiledRule rule, int index) {
        this.rule = rule;
        this.index = index;
        this.names = names(rule.rule().keywords());
    }

    CompiledRule compiled() {
        return rule;
    }

    /** The rule's index in its rule set. */
    int index() {
        return index;
    }

    /** The service's names to look for in a line: the keywords, one spelling each (see {@link #nameAt}). */
    List<String> names() {
        return names;
    }

    /**
     * One spelling per name: keywords differing only in their separators, or in what ends a short name, are one
     * name, kept in the spelling with the most separators.
     */
    private static List<String> names(List<String> keywords) {
        Map<String, String> byLetters = new LinkedHashMap<>();
        Set<String> all = Set.copyOf(keywords);
        for (String k : keywords) {
            String stem = k.substring(0, k.length() - 1);
            // A short name's keyword carries what follows it (box_, boxa): the name is the stem.
            String name = stem.length() <= ContextService.SHORT_NAME && all.contains(stem + "_") ? stem
                    : k.replaceAll("[^a-z0-9_.-]+$", "").replaceAll("[_.-]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            byLetters.merge(name.replaceAll("[_.-]", ""), name, (a, b) -> separators(b) > separators(a) ? b : a);
        }
        return List.copyOf(byLetters.values());
    }

    private static long separators(String name) {
        return name.chars().filter(c -> isSeparator((char) c)).count();
    }

    List<String> words() {
        return rule.rule().credentialWords();
    }

    /**
     * Where {@code name} (one of the service's names) next occurs in {@code line} at or after {@code from}, starting a
     * word part (so {@code sandbox} does not name Box), packed as {@code start << 32 | end}; -1 when it does not. A
     * short name must end a part too. The parts of a name may be joined by any of {@code _ - .} or by nothing, as
     * in {@code DD_API_KEY}, {@code --dd-api-key} and {@code ddApiKey}.
     */
    long nameAt(String line, String name, int from) {
        char first = name.charAt(0);
        for (int i = Math.max(0, from); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != first && Character.toLowerCase(c) != first) {
                continue;
            }
            int end = matchEnd(line, i, name);
            if (end > 0 && NameParts.startsPart(line, i) && (name.length() > ContextService.SHORT_NAME || NameParts.endsPart(line, end))) {
                return ((long) i << 32) | end;
            }
        }
        return -1;
    }

    /** Where {@code name} ends when it occurs at {@code at}, or -1. */
    private static int matchEnd(String line, int at, String name) {
        int i = at;
        for (int k = 0; k < name.length(); k++) {
            char n = name.charAt(k);
            if (isSeparator(n)) {
                if (i < line.length() && isSeparator(line.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (i >= line.length() || n != line.charAt(i) && n != Character.toLowerCase(line.charAt(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /**
     * The value that starts at {@code start} when it has the rule's shape as a whole, else null. The value is the
     * longest run of token characters there, so a longer token is never cut into a shorter one; a full stop that
     * ends a log sentence is not part of it.
     */
    String value(String line, int start) {
        int end = start;
        while (end < line.length() && isTokenChar(line.charAt(end))) {
            end++;
            if (end - start > MAX_VALUE) {
                return null;
            }
        }
        if (end == start) {
            return null;
        }
        String value = line.substring(start, end);
        if (shaped(value)) {
            return value;
        }
        return value.endsWith(".") && shaped(value.substring(0, value.length() - 1))
                ? value.substring(0, value.length() - 1) : null;
    }

    /** True when {@code value} has the rule's shape as a whole. */
    boolean shaped(String value) {
        return rule.pattern().matcher(value).matches();
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_+/=~.:-".indexOf(c) >= 0;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '-' || c == '.';
    }
}
