package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides with one search per file whether any rule that applies by path alone (key files, keystores, {@code .pgpass},
 * Kubernetes manifests) may apply at all. Deciding rule by rule cost one RE2/J search per rule and file, a quarter of
 * the scan time on images with many small files, while almost no file matches any of them. The union of the rules'
 * conditions matches exactly when one of them does, so a file it rejects needs no further check.
 */
final class PathScreen {
    private static final String LOOSE_START = "(?:^|/)";
    private static final String CASE_INSENSITIVE = "(?i)";
    private final Optional<Pattern> names;
    private final Optional<Pattern> paths;
    /** Per whole-path condition, a literal every match contains (lower case), or "" when none is known. */
    private final List<String> pathLiterals = new ArrayList<>();

    /** A screen over the path conditions of {@code rules}; rules without a path condition are ignored. */
    PathScreen(List<CompiledRule> rules) {
        List<String> onNames = new ArrayList<>();
        List<String> onPaths = new ArrayList<>();
        for (CompiledRule r : rules) {
            r.rule().pathRegex().ifPresent(regex -> (r.fileNameOnly() ? onNames : onPaths)
                    .add("(?:" + CompiledRule.searchRegex(regex) + ")"));
            if (!r.fileNameOnly()) {
                r.rule().pathRegex().ifPresent(regex -> pathLiterals.add(leadingLiteral(regex)));
            }
        }
        this.names = union(onNames);
        this.paths = union(onPaths);
    }

    private static Optional<Pattern> union(List<String> alternatives) {
        return alternatives.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(String.join("|", alternatives)));
    }

    /** False when no screened rule can apply to a file at {@code path}. */
    boolean mayApply(String path) {
        return names.isPresent() && names.get().matcher(CompiledRule.fileName(path)).find()
                || paths.isPresent() && mayContain(path) && paths.get().matcher(path).find();
    }

    /**
     * Whether the path holds the literal of some whole-path condition: a substring search, much cheaper than the
     * regex search, which only runs when it succeeds.
     */
    private boolean mayContain(String path) {
        String lower = null;
        for (String literal : pathLiterals) {
            if (literal.isEmpty()) {
                return true;
            }
            if (lower == null) {
                lower = path.toLowerCase(Locale.ROOT);
            }
            if (lower.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal text a path condition starts with after an optional {@code (?i)} and {@code (?:^|/)}, lower-cased:
     * {@code .azure/} of {@code (?:^|/)\.azure/(?:...)$}. Every match contains it. A character followed by a quantifier
     * is optional and ends the literal before it; anything but a letter, digit, {@code _}, {@code -}, {@code /} or an
     * escaped dot ends it too. Empty when the condition starts otherwise or has a top-level alternative.
     */
    static String leadingLiteral(String regex) {
        String body = regex.startsWith(CASE_INSENSITIVE) ? regex.substring(CASE_INSENSITIVE.length()) : regex;
        body = body.startsWith(LOOSE_START) ? body.substring(LOOSE_START.length()) : body.startsWith("^")
                ? body.substring(1) : body;
        if (hasTopLevelAlternative(body)) {
            return "";
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int width = c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '.' ? 2 : 1;
            boolean plain = width == 2 || Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '/';
            if (!plain) {
                break;
            }
            int after = i + width;
            if (after < body.length() && "?*{".indexOf(body.charAt(after)) >= 0) {
                break;
            }
            literal.append(width == 2 ? '.' : c);
            i = after;
        }
        return literal.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean hasTopLevelAlternative(String body) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
