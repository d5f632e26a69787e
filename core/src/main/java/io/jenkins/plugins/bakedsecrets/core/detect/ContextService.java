package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the context-keyed table: a service whose credentials have no format of their own (plain hex, base62, a
 * UUID), so a value counts only when a name beside it says whose credential it is. Becomes one
 * {@link RuleKind#CONTEXT} rule with its own id.
 *
 * @param id stable rule id
 * @param title human title
 * @param severity severity of a finding
 * @param reason why this severity
 * @param names lower-case service names and aliases; they are the rule's prefilter keywords too
 * @param words credential words, of which the value's name must hold one
 * @param shape the shape of the whole value, from the vendor's key format
 */
record ContextService(String id, String title, Severity severity, String reason, List<String> names,
                      List<String> words, ValueShape shape) {
    /** What names a credential when a service name sits beside it. */
    static final List<String> CREDENTIAL_WORDS = List.of("key", "apikey", "appkey", "accesskey", "authkey", "token",
            "secret", "password", "passwd", "pwd", "pass", "pat", "auth", "credential", "credentials");

    /** Names up to this length are keywords only with what may follow them. */
    static final int SHORT_NAME = 4;
    /** What may follow a short name: separators, quotes, brackets, operators, a credential word's first letter. */
    private static final String SHORT_NAME_ENDS = "_-.:\"'] =>ackpst";

    ContextService {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        words = List.copyOf(words);
        Objects.requireNonNull(shape, "shape");
        if (names.isEmpty() || words.isEmpty()) {
            throw new IllegalArgumentException("context service " + id + " needs names and credential words");
        }
    }

    /** A row with the default credential words. */
    static ContextService of(String id, String title, Severity severity, String reason, ValueShape shape,
                             String... names) {
        return new ContextService(id, title, severity, reason, List.of(names), CREDENTIAL_WORDS, shape);
    }

    /** This row with its own credential words instead of the default ones. */
    ContextService words(String... credentialWords) {
        return new ContextService(id, title, severity, reason, names, List.of(credentialWords), shape);
    }

    /** The rule this row stands for. */
    Rule rule() {
        return Rule.builder(id, title, severity).reason(reason).kind(RuleKind.CONTEXT)
                .keywords(keywords().toArray(String[]::new)).regex(shape.regex())
                .minEntropy(shape.defaultMinEntropy()).credentialWords(words).build();
    }

    /**
     * The names as prefilter keywords, each also spelt with {@code _}, {@code -}, {@code .} and nothing between its
     * parts: a flag writes {@code --dd-api-key}, a variable {@code DD_API_KEY}, a properties key {@code dd.api.key}
     * and code {@code ddApiKey}. A short name ({@code box}, {@code aha}) is a keyword only with what follows it in a
     * name: a separator, quote, bracket or operator, or the first letter of a credential word in camel case
     * ({@code boxApiKey}, {@code yelpToken}), so it does not fire on every {@code checkbox} and {@code inbox}.
     */
    List<String> keywords() {
        Set<String> all = new LinkedHashSet<>();
        for (String n : names) {
            for (String spelling : List.of(n, n.replaceAll("[_.-]", "_"), n.replaceAll("[_.-]", "-"),
                    n.replaceAll("[_.-]", "."), n.replaceAll("[_.-]", ""))) {
                if (spelling.length() > SHORT_NAME) {
                    all.add(spelling);
                } else {
                    SHORT_NAME_ENDS.chars().forEach(c -> all.add(spelling + (char) c));
                }
            }
        }
        return List.copyOf(all);
    }
}
