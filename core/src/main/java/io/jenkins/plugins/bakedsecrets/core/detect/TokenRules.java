package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for provider tokens with a recognisable format. */
final class TokenRules {
    private static final String CLOUD = "Grants access to cloud infrastructure and data; abuse is immediate and "
            + "costly.";
    private static final String TOKEN = "An API token acting as its owner until revoked.";
    private static final String PUBLISH = TOKEN + " Publishing rights enable supply-chain attacks.";
    private static final String END = "(?:[^A-Za-z0-9_-]|$)";

    private TokenRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(cloud());
        all.addAll(codeHosting());
        all.addAll(services());
        return all;
    }

    private static List<Rule> cloud() {
        return List.of(
                Rule.builder("aws-access-key-id", "AWS access key ID", CRITICAL).reason(CLOUD)
                        .keywords("akia", "asia", "abia", "acca")
                        .regex("\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b")
                        .validator(Validators::awsAccessKeyShape).build(),
                Rule.builder("aws-secret-access-key", "AWS secret access key", CRITICAL).reason(CLOUD)
                        .keywords("secret_access_key", "secretaccesskey", "secret-access-key")
                        .regex("(?i)secret[_-]?access[_-]?key[\"']?\\s*(?:=|:|=>)\\s*[\"']?([A-Za-z0-9/+]{40})"
                                + "(?:[^A-Za-z0-9/+=]|$)")
                        .minEntropy(3.5).build(),
                Rule.builder("google-api-key", "Google API key", HIGH)
                        .reason("Bills usage to the owner's project; scope depends on key restrictions.")
                        .keywords("aiza").regex("\\b(AIza[0-9A-Za-z_-]{35})" + END).build(),
                Rule.builder("vault-token", "HashiCorp Vault token", HIGH)
                        .reason(TOKEN + " Vault tokens unlock other secrets.")
                        .keywords("hvs.", "hvb.", "vault")
                        .regex("\\b(hv[sb]\\.[A-Za-z0-9_-]{24,})|(?i:vault)[A-Za-z0-9_.-]*[\"']?\\s*[:=]\\s*[\"']?"
                                + "(s\\.[A-Za-z0-9]{24})\\b")
                        .build());
    }

    private static List<Rule> codeHosting() {
        return List.of(
                Rule.builder("github-token", "GitHub token", HIGH).reason(TOKEN)
                        .keywords("ghp_", "gho_", "ghu_", "ghs_", "ghr_")
                        .regex("\\b(gh[pousr]_[A-Za-z0-9]{36})\\b")
                        .validator(Validators::crc32Base62Checksum).build(),
                Rule.builder("github-fine-grained-token", "GitHub fine-grained personal access token", HIGH)
                        .reason(TOKEN).keywords("github_pat_")
                        .regex("\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b").build(),
                Rule.builder("gitlab-routable-token", "GitLab routable token", HIGH).reason(TOKEN)
                        .keywords(".01.")
                        .regex("\\b((?:glpat|gldt|glrt|glcbt|glptt|glft|gloas)-[A-Za-z0-9_-]{27,300}\\.01\\."
                                + "[0-9a-z]{9})" + END)
                        .validator(Validators::gitlabRoutable).build(),
                Rule.builder("gitlab-token", "GitLab token", HIGH).reason(TOKEN)
                        .keywords("glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "gr1348941")
                        .regex("\\b((?:glpat|gldt|glrt|glptt|glcbt)-[A-Za-z0-9_-]{20,}(?:\\.[A-Za-z0-9_-]+)*"
                                + "|GR1348941[A-Za-z0-9_-]{20,})")
                        .minEntropy(3.0).build(),
                Rule.builder("npm-token", "npm access token", HIGH).reason(PUBLISH)
                        .keywords("npm_").regex("\\b(npm_[A-Za-z0-9]{36})\\b")
                        .validator(Validators::crc32Base62Checksum).build(),
                Rule.builder("pypi-token", "PyPI API token", HIGH).reason(PUBLISH)
                        // The validator decodes the macaroon header and checks its location is (test.)pypi.org.
                        .keywords("pypi-age").regex("\\b(pypi-AgE[A-Za-z0-9_-]{60,})")
                        .validator(Validators::pypiMacaroon).build(),
                Rule.builder("sonarqube-token", "SonarQube token", HIGH)
                        .reason(TOKEN + " Exposes source analysis results.")
                        .keywords("squ_", "sqp_", "sqa_").regex("\\b(sq[upa]_[0-9a-f]{40})\\b").build());
    }

    private static List<Rule> services() {
        return List.of(
                Rule.builder("slack-token", "Slack token", HIGH).reason(TOKEN + " Reads and posts workspace messages.")
                        .keywords("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-")
                        .regex("\\b(xox[bpaerse]-[0-9A-Za-z-]{10,250}|xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]+)")
                        .minEntropy(3.0).build(),
                Rule.builder("slack-webhook", "Slack incoming webhook", MEDIUM)
                        .reason("Lets anyone post into one channel; no read access.")
                        .keywords("hooks.slack.com")
                        .regex("(https://hooks\\.slack\\.com/(?:services|workflows)/T[A-Z0-9]+/[A-Z0-9]+/"
                                + "[A-Za-z0-9]{16,})")
                        .build(),
                Rule.builder("stripe-live-key", "Stripe live secret key", CRITICAL)
                        .reason("Moves real money and reads customer payment data.")
                        .keywords("sk_live_", "rk_live_").regex("\\b((?:sk|rk)_live_[0-9A-Za-z]{24,247})\\b").build(),
                Rule.builder("jwt", "JSON Web Token", MEDIUM)
                        .reason("A bearer token that usually expires, but service tokens are often long-lived.")
                        .keywords("eyj")
                        .regex("\\b(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,})")
                        .validator(Validators::jwt).expiry(TokenExpiry::jwt).build());
    }
}
