package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/**
 * Built-in rules for credentials passed on command lines: they end up in image history, Entrypoint/Cmd and scripts.
 * Each needs the tool's name before the option, so {@code -p} of an unrelated command is not read as a password.
 */
final class CommandRules {
    private static final String REASON = "A login typed into a command line is kept in the image history or script.";
    /** The rest of one command: no pipe, separator or newline in between. */
    private static final String ARGS = "[^|;&\\n]{0,300}?\\s";
    private static final String VALUE = "[\"']?([^\\s\"']{4,256})";

    private CommandRules() {
    }

    static List<Rule> rules() {
        return List.of(
                command("curl-basic-auth", "Password in curl -u/--user", "curl",
                        "\\bcurl\\b" + ARGS + "(?:-u|--user)(?:\\s+|=)[\"']?[^\\s:\"'@]{1,64}:([^\\s\"']{4,256})"),
                command("wget-password", "Password in a wget option", "wget",
                        "\\bwget\\b" + ARGS + "--(?:http-|ftp-|proxy-)?password[=\\s]" + VALUE),
                command("mysql-cli-password", "Password in a mysql command line", "mysql",
                        "\\bmysql(?:dump|admin|import|sh|slap)?\\b" + ARGS
                                + "(?:-p([^\\s\"'-][^\\s\"']{3,255})|--password=" + VALUE + ")"),
                command("sshpass-password", "Password in sshpass -p", "sshpass", "\\bsshpass\\s+-p\\s*" + VALUE),
                command("docker-login-password", "Password in docker login -p", "login",
                        "\\b(?:docker|podman|buildah|skopeo|helm\\s+registry)\\s+login\\b" + ARGS
                                + "(?:-p|--password)(?:\\s+|=)" + VALUE),
                command("redis-cli-password", "Password in redis-cli -a", "redis-cli",
                        "\\bredis-cli\\b" + ARGS + "(?:-a|--pass)\\s+" + VALUE),
                command("openssl-pass-argument", "Password in an openssl pass: argument", "pass:",
                        "-(?:passin|passout|pass|password|k)\\s+[\"']?pass:([^\\s\"']{4,256})"),
                command("keytool-password", "Password in a keytool command line", "keytool",
                        "\\bkeytool\\b" + ARGS + "-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass"
                                + "|destkeypass)\\s+" + VALUE),
                command("ldap-bind-password", "Bind password in an LDAP tool command line", "ldap",
                        "\\bldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn)\\b" + ARGS + "-w\\s+"
                                + VALUE),
                Rule.builder("authorization-basic-header", "Basic credentials in an Authorization header", HIGH)
                        .reason(REASON).keywords("basic")
                        .regex("(?i:authorization)\\s*:\\s*(?i:basic)\\s+([A-Za-z0-9+/]{8,}={0,2})")
                        .validator(Validators::dockerAuth).build(),
                Rule.builder("authorization-bearer-header", "Bearer token in an Authorization header", MEDIUM)
                        .reason("A bearer token; its reach depends on the service.").keywords("bearer")
                        .regex("(?i:authorization)\\s*:\\s*(?i:bearer)\\s+([A-Za-z0-9._~+/-]{20,}=*)")
                        .minEntropy(3.0).build());
    }

    private static Rule command(String id, String title, String keyword, String regex) {
        return Rule.builder(id, title, HIGH).reason(REASON).keywords(keyword).regex(regex)
                .allowSecret(CredentialRules.WEAK_WORDS, "^-")
                // Usage text writes the whole login as a placeholder: curl -u <user:password>, --user {user}:{pass}.
                .allowMatch("(?:-u|--user)(?:\\s+|=)[\"']?[<\\[{]").build();
    }
}
