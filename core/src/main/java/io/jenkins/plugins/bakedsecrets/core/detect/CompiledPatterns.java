package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RE2/J patterns by their text, so that a regex is compiled once: a rule compiles its regexes to check them when it
 * is built, and the detector needs the same patterns again. Compiling the built-in rules' 554 regexes twice was a
 * tenth of what every run costs before it reads a byte (and so of a cached rescan). Patterns are immutable and
 * thread-safe; the map is emptied when it grows past {@link #LIMIT}, so rule sets built again and again (custom
 * rules, tests) cannot make it grow without bound.
 */
final class CompiledPatterns {
    static final int LIMIT = 4096;
    private static final Map<String, Pattern> BY_TEXT = new ConcurrentHashMap<>();

    private CompiledPatterns() {
    }

    /** The compiled pattern; throws {@link com.google.re2j.PatternSyntaxException} like {@link Pattern#compile}. */
    static Pattern of(String regex) {
        Pattern known = BY_TEXT.get(regex);
        if (known != null) {
            return known;
        }
        Pattern compiled = Pattern.compile(regex);
        if (BY_TEXT.size() >= LIMIT) {
            BY_TEXT.clear();
        }
        BY_TEXT.put(regex, compiled);
        return compiled;
    }
}
