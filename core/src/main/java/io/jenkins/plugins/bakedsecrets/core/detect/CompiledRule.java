package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;

/** A rule with its regexes compiled once; RE2/J patterns are immutable and safe to share between threads. */
final class CompiledRule {
    private static final String FILE_NAME_PREFIX = "(?:^|/)";
    private static final String CASE_INSENSITIVE = "(?i)";
    private static final java.util.regex.Pattern MAY_MATCH_SLASH =
            java.util.regex.Pattern.compile("/|(?<!\\\\)\\.|\\\\[SWD]|\\[\\^");
    private final Rule rule;
    private final Pattern pattern;
    private final Optional<Pattern> path;
    /** True when {@link #path} is matched against the file name only (see {@link #compilePath}). */
    private final boolean fileNameOnly;
    private final List<Pattern> allowSecret;
    private final List<Pattern> allowMatch;

    CompiledRule(Rule rule) {
        this.rule = rule;
        this.pattern = CompiledPatterns.of(rule.regex());
        this.fileNameOnly = rule.pathRegex().map(CompiledRule::isFileNamePattern).orElse(false);
        this.path = rule.pathRegex().map(CompiledRule::compilePath);
        this.allowSecret = rule.allowSecret().stream().map(CompiledPatterns::of).toList();
        this.allowMatch = rule.allowMatch().stream().map(CompiledPatterns::of).toList();
    }

    Rule rule() {
        return rule;
    }

    Pattern pattern() {
        return pattern;
    }

    /** True when the rule applies to a file at this path (or to a value without a path). */
    boolean appliesTo(Optional<String> filePath) {
        if (path.isEmpty()) {
            return rule.kind() != RuleKind.FILE_PATH;
        }
        if (filePath.isEmpty()) {
            return false;
        }
        String target = fileNameOnly ? fileName(filePath.get()) : filePath.get();
        return path.get().matcher(target).find();
    }

    /**
     * A path condition that can only ever match inside the last path segment concerns the file name only: it
     * starts with {@code (?:^|/)} or ends with {@code $}, and nothing in it can match a '/'. Matching it against
     * the file name gives the same answer as searching the whole path, and an unanchored search of every path for
     * every rule was a fifth of the scan time.
     */
    static boolean isFileNamePattern(String regex) {
        String body = regex.startsWith(CASE_INSENSITIVE) ? regex.substring(CASE_INSENSITIVE.length()) : regex;
        boolean leading = body.startsWith(FILE_NAME_PREFIX);
        if (!leading && !body.endsWith("$")) {
            return false;
        }
        // Nothing in it may match a '/': no slash, no unescaped '.', no negated class but [^/], no \S \W \D.
        String name = (leading ? body.substring(FILE_NAME_PREFIX.length()) : body).replace("[^/]", "");
        return !MAY_MATCH_SLASH.matcher(name).find();
    }

    private static Pattern compilePath(String regex) {
        return CompiledPatterns.of(searchRegex(regex));
    }

    /** The regex searched for: a file-name pattern is anchored at the start of the file name it is matched to. */
    static String searchRegex(String regex) {
        if (!isFileNamePattern(regex)) {
            return regex;
        }
        boolean insensitive = regex.startsWith(CASE_INSENSITIVE);
        String body = insensitive ? regex.substring(CASE_INSENSITIVE.length()) : regex;
        String anchored = body.startsWith(FILE_NAME_PREFIX) ? "^" + body.substring(FILE_NAME_PREFIX.length()) : body;
        return (insensitive ? CASE_INSENSITIVE : "") + anchored;
    }

    /** True when the path condition concerns the file name only (see {@link #isFileNamePattern}). */
    boolean fileNameOnly() {
        return fileNameOnly;
    }

    /** The file name of a path: what a file-name-only condition is matched against. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True when the candidate is a placeholder, a published example, or not random enough to be a secret. */
    boolean rejects(String secret, String match) {
        if (Placeholders.isPlaceholder(secret) || PublishedExamples.contains(secret)
                || Entropy.shannon(secret) < rule.minEntropy()) {
            return true;
        }
        return allowSecret.stream().anyMatch(p -> p.matcher(secret).find())
                || allowMatch.stream().anyMatch(p -> p.matcher(match).find());
    }

    /** The secret of a match: the first capturing group that took part, else the whole match. */
    static int secretGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g;
            }
        }
        return 0;
    }
}
