package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;

/** Shapes shared by the built-in rule tables: a token with its own format, a prefixed token. */
final class RuleShapes {
    static final String TOKEN = "An API token acting as its owner until revoked.";
    static final String CLOUD = "Grants access to cloud infrastructure and data; abuse is immediate and costly.";
    static final String PUBLISH = TOKEN + " Publishing rights enable supply-chain attacks.";
    static final String PAYMENT = "Moves money or reads customer payment data.";
    static final String AI = TOKEN + " Usage is billed to the owner and prompts or data may be read.";
    static final String TELEMETRY = "Sends or reads monitoring data; usually scoped to one account.";
    static final String WEBHOOK = "Lets anyone post into one channel; no read access.";
    static final String LOGIN = "A reusable login for a registry or service.";
    /** Characters that end a token: anything outside the common token alphabets. */
    static final String END = "(?:[^A-Za-z0-9_-]|$)";

    private RuleShapes() {
    }

    /** A token recognised by its own format; {@code regex} holds the secret as its first group. */
    static Rule token(String id, String title, Severity severity, String reason, String regex, String... keywords) {
        return Rule.builder(id, title, severity).reason(reason).keywords(keywords).regex(regex).build();
    }

    /** A prefixed token: {@code prefix} then {@code body}, from a word boundary to a non-token character. */
    static Rule prefixed(String id, String title, Severity severity, String reason, String prefix, String body) {
        return token(id, title, severity, reason, "\\b(" + quote(prefix) + body + ")" + END,
                prefix.toLowerCase(java.util.Locale.ROOT));
    }

    private static String quote(String literal) {
        return literal.replace(".", "\\.").replace("$", "\\$");
    }
}
