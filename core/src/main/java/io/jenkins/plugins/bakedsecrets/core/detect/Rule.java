package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One detection rule. Ids are public API (SARIF rule ids, waivers): stable and kebab-case.
 *
 * @param id stable kebab-case id
 * @param title human title
 * @param severity severity of a validated (or unvalidatable) match
 * @param reason why this severity, for the rules documentation
 * @param keywords lower-case prefilter keywords; a line runs the regex only when one of them occurs (any case)
 * @param kind how the engine applies the rule
 * @param regex RE2/J regex; the secret is the first capturing group that took part, or the whole match
 * @param pathRegex when present the rule only applies to files whose path matches (never to config or CI values)
 * @param minEntropy minimum Shannon entropy (bits per character) of the secret, 0 for none
 * @param allowSecret regexes that, when found in the secret, mark it as a placeholder
 * @param allowMatch regexes that, when found in the whole match, mark it as documentation or a placeholder
 * @param validator offline structure check; a failing candidate is reported one severity lower, never dropped
 * @param expiry reads when a candidate stops working (a token's own expiry); an expired one is reported low
 * @param credentialWords for {@link RuleKind#CONTEXT} rules: lower-case words of which the value's name must hold one
 *                        (key, secret, token, ...); empty for other kinds
 */
public record Rule(String id, String title, Severity severity, String reason, List<String> keywords, RuleKind kind,
                   String regex, Optional<String> pathRegex, double minEntropy, List<String> allowSecret,
                   List<String> allowMatch, Optional<TokenValidator> validator,
                   Optional<ExpiryReader> expiry, List<String> credentialWords) {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** Validates components; every regex must compile under RE2/J. */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(pathRegex, "pathRegex");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(expiry, "expiry");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case");
        }
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        if (keywords.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("rule " + id + " has an empty keyword");
        }
        allowSecret = List.copyOf(allowSecret);
        allowMatch = List.copyOf(allowMatch);
        credentialWords = credentialWords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        if ((kind == RuleKind.CONTEXT) != !credentialWords.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": credential words belong to context rules only");
        }
        if (kind == RuleKind.FILE_PATH ? pathRegex.isEmpty() : regex.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " lacks the regex its kind needs");
        }
        if (kind != RuleKind.FILE_PATH && keywords.isEmpty() && pathRegex.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " needs keywords or a path condition");
        }
        checkRegexes(id, regex, pathRegex, allowSecret, allowMatch);
    }

    /** A builder for a rule with the given identity and severity. */
    public static Builder builder(String id, String title, Severity severity) {
        return new Builder(id, title, severity);
    }

    private static void checkRegexes(String id, String regex, Optional<String> path, List<String> allowSecret,
                                     List<String> allowMatch) {
        List<String> all = new ArrayList<>(allowSecret);
        all.addAll(allowMatch);
        all.add(regex);
        path.ifPresent(all::add);
        for (String r : all) {
            try {
                CompiledPatterns.of(r);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("rule " + id + " has a regex RE2/J rejects: " + e.getMessage(), e);
            }
        }
    }

    /** Mutable builder of {@link Rule}; defaults: LINE kind, no path condition, no entropy floor, no validator. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final Severity severity;
        private String reason = "";
        private List<String> keywords = List.of();
        private RuleKind kind = RuleKind.LINE;
        private String regex = "";
        private String pathRegex;
        private double minEntropy;
        private final List<String> allowSecret = new ArrayList<>();
        private final List<String> allowMatch = new ArrayList<>();
        private TokenValidator validator;
        private ExpiryReader expiry;
        private List<String> credentialWords = List.of();

        private Builder(String id, String title, Severity severity) {
            this.id = id;
            this.title = title;
            this.severity = severity;
        }

        /** Sets why the rule has its severity. */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /** Sets the prefilter keywords. */
        public Builder keywords(String... values) {
            this.keywords = List.of(values);
            return this;
        }

        /** Sets the kind. */
        public Builder kind(RuleKind value) {
            this.kind = value;
            return this;
        }

        /** Sets the regex. */
        public Builder regex(String value) {
            this.regex = value;
            return this;
        }

        /** Restricts the rule to files whose path matches. */
        public Builder path(String value) {
            this.pathRegex = value;
            return this;
        }

        /** Sets the minimum entropy of the secret. */
        public Builder minEntropy(double value) {
            this.minEntropy = value;
            return this;
        }

        /** Adds placeholder regexes checked against the secret. */
        public Builder allowSecret(String... values) {
            allowSecret.addAll(List.of(values));
            return this;
        }

        /** Adds placeholder regexes checked against the whole match. */
        public Builder allowMatch(String... values) {
            allowMatch.addAll(List.of(values));
            return this;
        }

        /** Sets the offline validator. */
        public Builder validator(TokenValidator value) {
            this.validator = value;
            return this;
        }

        /** Sets how to read a candidate's expiry. */
        public Builder expiry(ExpiryReader value) {
            this.expiry = value;
            return this;
        }

        /** Sets the words of which a context rule's value name must hold one. */
        public Builder credentialWords(List<String> values) {
            this.credentialWords = List.copyOf(values);
            return this;
        }

        /** The rule. */
        public Rule build() {
            return new Rule(id, title, severity, reason, keywords, kind, regex, Optional.ofNullable(pathRegex),
                    minEntropy, allowSecret, allowMatch, Optional.ofNullable(validator), Optional.ofNullable(expiry),
                    credentialWords);
        }
    }
}
