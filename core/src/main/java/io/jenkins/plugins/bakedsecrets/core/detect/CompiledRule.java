package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;

/** A rule with its regexes compiled once; RE2/J patterns are immutable and safe to share between threads. */
final class CompiledRule {
    private final Rule rule;
    private final Pattern pattern;
    private final Optional<Pattern> path;
    private final List<Pattern> allowSecret;
    private final List<Pattern> allowMatch;

    CompiledRule(Rule rule) {
        this.rule = rule;
        this.pattern = Pattern.compile(rule.regex());
        this.path = rule.pathRegex().map(Pattern::compile);
        this.allowSecret = rule.allowSecret().stream().map(Pattern::compile).toList();
        this.allowMatch = rule.allowMatch().stream().map(Pattern::compile).toList();
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
        return filePath.isPresent() && path.get().matcher(filePath.get()).find();
    }

    /** True when the candidate is a placeholder, documentation value or too random-looking to be a secret. */
    boolean rejects(String secret, String match) {
        if (Placeholders.isPlaceholder(secret) || Entropy.shannon(secret) < rule.minEntropy()) {
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
