package io.jenkins.plugins.bakedsecrets.core.detect;

/** Samples whose secret sits inside a longer value or file: the text around it, and the secret given once. */
final class Embedded {
    private Embedded() {
    }

    /** A named value {@code before + secret + after} in which the rule reports {@code secret}. */
    static RuleSample value(String ruleId, String name, String before, String secret, String after) {
        return RuleSample.token(ruleId, name, before + secret + after, secret);
    }

    /** A file at {@code path} holding {@code before + secret + after}, reported at {@code line}. */
    static RuleSample file(String ruleId, String path, int line, String before, String secret, String after) {
        return RuleSample.raw(ruleId, path, before + secret + after, line, secret);
    }
}
