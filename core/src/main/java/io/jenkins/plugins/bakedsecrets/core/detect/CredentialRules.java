package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for credential files, connection strings and generic secret assignments. */
final class CredentialRules {
    private static final String LOGIN = "A reusable login for a registry or service.";
    private static final String KUBECONFIG = "(?i)(?:^|/)(?:\\.kube/config|[^/]*kubeconfig[^/]*|k3s\\.yaml|admin\\.conf"
            + "|kubelet\\.conf)$";
    static final String WEAK_WORDS = "(?i)^(?:pass|password|passwd|pwd|secret|user|username|changeit|root"
            + "|admin|guest|postgres|mysql|none|null|nil|test|testing|test123|true|false|yes|no|on|off|undefined"
            // What a credential is called, written where the credential goes: curl -u username:token.
            + "|token|api[_-]?token|api[_-]?key|access[_-]?token|apikey|key|pat|passphrase|credentials?"
            + "|my[_-]?(?:password|token|secret|key)|secret[_-]?key|client[_-]?secret)$";
    private static final String URL_SCHEMES = "(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?"
            + "|ftps?|sftp|smtps?|https?|ldaps?|jdbc:[a-z0-9]+(?::[a-z0-9]+)?)";
    private static final String DOC_HOST = "@(?:[A-Za-z0-9-]+\\.)*(?:example\\.(?:com|org|net)|[A-Za-z0-9-]+\\."
            + "(?:example|invalid|test))(?:[:/?#]|$)";

    private static final String DELIMITER = "[\\s\"'#;,&|]";

    private CredentialRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(credentialFiles());
        all.addAll(connectionStrings());
        all.add(generic());
        return all;
    }

    private static List<Rule> credentialFiles() {
        return List.of(
                Rule.builder("docker-config-auth", "Docker registry credentials (auths.*.auth)", HIGH).reason(LOGIN)
                        .keywords("\"auth\"").regex("\"auth\"\\s*:\\s*\"([A-Za-z0-9+/]{6,}={0,2})\"")
                        .validator(Validators::dockerAuth).build(),
                Rule.builder("docker-identity-token", "Docker registry identity token", HIGH).reason(LOGIN)
                        .keywords("identitytoken").regex("(?i)\"identitytoken\"\\s*:\\s*\"([^\"\\s]{8,})\"").build(),
                Rule.builder("kubeconfig-client-key", "Kubernetes client key (client-key-data)", CRITICAL)
                        .reason("A cluster credential, often cluster-admin.").keywords("client-key-data")
                        .regex("client-key-data\\s*:\\s*[\"']?([A-Za-z0-9+/=]{20,})").build(),
                Rule.builder("kubeconfig-token", "Kubernetes bearer token in a kubeconfig", HIGH)
                        .reason("A cluster credential.").keywords("token").path(KUBECONFIG)
                        .regex("^\\s*(?:-\\s*)?token\\s*:\\s*[\"']?([^\\s\"']{16,})").build(),
                Rule.builder("kubeconfig-password", "Kubernetes password in a kubeconfig", HIGH)
                        .reason("A cluster credential.").keywords("password").path(KUBECONFIG)
                        .regex("^\\s*(?:-\\s*)?password\\s*:\\s*[\"']?([^\\s\"']{4,})").build(),
                Rule.builder("npmrc-auth", "npm registry credential in .npmrc", HIGH).reason(LOGIN)
                        .keywords("_authtoken", "_auth", "_password")
                        .regex("(?i)(?:^\\s*|:)_(?:authToken|auth|password)\\s*=\\s*[\"']?([^\\s\"']+)").build(),
                Rule.builder("git-credentials", "Git credential store entry", HIGH).reason(LOGIN)
                        .path("(?:^|/)\\.git-credentials$").regex("^\\s*https?://[^:@/\\s]*:([^@/\\s]+)@")
                        .allowSecret(WEAK_WORDS).allowMatch(DOC_HOST).build(),
                Rule.builder("netrc-password", "Password in .netrc", HIGH).reason(LOGIN).keywords("password")
                        .path("(?:^|/)[._]netrc$").regex("(?:^|\\s)password\\s+(\\S+)").build(),
                Rule.builder("pgpass-password", "Password in .pgpass", HIGH).reason("A database login.")
                        .path("(?:^|/)\\.pgpass$").regex("^[^:#\\s]*:[^:\\s]*:[^:\\s]*:[^:\\s]*:(\\S+)").build());
    }

    private static List<Rule> connectionStrings() {
        return List.of(
                Rule.builder("url-password", "Password in a URL or connection string", MEDIUM)
                        .reason("A service login; often internal-only, so less urgent than cloud keys.")
                        .keywords("://")
                        .regex("(?i)\\b" + URL_SCHEMES + "://[^:@/\\s'\"]*:([^@/\\s'\"]+)@[^/\\s'\"?:#,]+")
                        .allowSecret(WEAK_WORDS).allowMatch(DOC_HOST).build(),
                Rule.builder("jdbc-password", "Password parameter in a JDBC URL", MEDIUM)
                        .reason("A database login; often internal-only.").keywords("jdbc:")
                        .regex("(?i)jdbc:[a-z0-9:]+//[^\\s'\"]*?[?&;]password=([^&;\\s'\"]+)")
                        .allowSecret(WEAK_WORDS).build(),
                Rule.builder("ado-net-connection-string", "Password in an ADO.NET / ODBC connection string", MEDIUM)
                        .reason("A database login; often internal-only.").keywords("password=", "pwd=")
                        .regex("(?i)(?:server|data source|host)\\s*=[^;\"'\\n]+;[^\"'\\n]*?\\b(?:password|pwd)\\s*="
                                + "\\s*([^;\"'\\s]{4,256})")
                        .allowSecret(WEAK_WORDS).build());
    }

    private static Rule generic() {
        return Rule.builder("generic-secret-assignment", "Secret assigned to a password/secret/token variable", MEDIUM)
                .reason("The name says secret, but the value's kind and reach are unknown.")
                .keywords("password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key",
                        "accesskey", "client_secret", "private_key", "auth_token")
                // No left context: the keyword anchors the match, which keeps RE2/J's work per position small.
                // The optional paging prefix only widens the match so the allow list below can see "nextToken"
                // or "publicKeyToken".
                // A namespaced name (AWS::SecretsManager::Secret) is a type name; the prefix lets the allow list see it.
                .regex("(?i)(?:(?:[a-z0-9]+::)+[a-z0-9]*)?"
                        + "(?:(?:next|page|continuation|pagination|cursor|idempotency|request|input|output|client"
                        + "|public[_-]?key)[_-]?)?"
                        + "(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)"
                        + "[A-Za-z0-9_.-]{0,64}(?:[\"']?\\s*(?::=|=>|=|:)\\s*"
                        + "(?:\"([^\"\\s]{8,256})\"|'([^'\\s]{8,256})'"
                        // An unquoted value ends at a delimiter, so a longer token is not cut into a false secret.
                        + "|([^\\s\"'#;,=&|][^\\s\"'#;,&|]{7,255})(?:" + DELIMITER + "|$))"
                        // XML elements such as Maven's <password>...</password>.
                        + "|>([^<\\s]{8,256})</)")
                .minEntropy(3.0)
                .allowSecret(WEAK_WORDS,
                        "^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
                        "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]+$",
                        "^[0-9.,:+-]+$", "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)", "^[a-z][a-z0-9+.-]*://[^@]*$",
                        "[()\\[\\]{}]", "^[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+$",
                        "^_*[A-Z][A-Z0-9_]*$", "^\\$", "^[a-z]+(?:[-_][a-z]+)+$",
                        // Lists of constants or words: Checkstyle's <property name="tokens" value="COMMA,SEMI"/>.
                        "^_*[A-Z][A-Z0-9_]*(?:,\\s*_*[A-Z][A-Z0-9_]*)+$", "^[a-z]+(?:,\\s*[a-z]+)+$",
                        // Expressions and markup, not values: negation, command substitution, a tag, a colour
                        // name, a file suffix, a timestamp, an ARN.
                        "^[!`<]", "^#[a-z]+$", "^\\.[A-Za-z]+$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T", "^arn:",
                        // Natural language (translations of "password" in message catalogues): secrets are ASCII.
                        "[\\x{80}-\\x{10FFFF}]", "\\\\u[0-9a-fA-F]{4}",
                        // API documentation fills examples with my_<field> (Google client libraries).
                        "^(?i)my_[a-z]",
                        // Compiled JavaScript and TypeScript: Resource$Projects$Apps, ArrowToken$1, Map<string, ...>.
                        "^[A-Za-z_][a-z]*(?:[A-Z][a-z]+)*(?:\\$[A-Z0-9][A-Za-z0-9]*)+$", "^[A-Z][A-Za-z]*<",
                        // Optional chaining and member access on this/self: an expression, not a value.
                        "\\?\\.", "^(?:this|self)\\.",
                        // Identifiers that name a secret rather than hold one: challengePassword, ClientSecretBasic,
                        // x-aws-ec2-metadata-token. Random values carry more digits than such names do.
                        "^(?i)(?:[a-z_.:-]*[0-9]?){0,2}[a-z_.:-]*(?:password|passwd|secret|token|api[_-]?key"
                                + "|access[_-]?key|private[_-]?key|credential)[a-z_.:-]*(?:[0-9]?[a-z_.:-]*){0,2}$")
                // A namespaced type name (AWS::ApiGateway::ApiKey in CloudFormation schemas) names no variable;
                // a .NET publicKeyToken is the hash of a public key.
                .allowMatch("^[A-Za-z0-9]+::", "(?i)^public[_-]?key[_-]?token",
                        // Hex under a hash-like name is a digest; under a plain secret name (openssl rand -hex) a secret.
                        "(?i)(?:hash|sha[0-9]*|md5|digest|checksum|sum|integrity|fingerprint|commit|rev)"
                                + "[A-Za-z0-9_.-]*[\"']?\\s*(?::=|=>|=|:)\\s*[\"']?[0-9a-f]{32,128}[\"']?"
                                + DELIMITER + "?$",
                        // Code, not configuration: an unquoted identifier is a variable; some names describe a secret.
                        "[:=]\\s*(?:_*[a-z][a-z_]*|[a-z]+(?:[A-Z][a-z]+)+[0-9]*_*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
                                + DELIMITER + "?$",
                        // A TypeScript type annotation (name: Type;), the whole of a declaration file's members.
                        ":\\s*[A-Za-z_$][A-Za-z0-9_$]*;$",
                        // Opaque paging and request tokens are not credentials.
                        "(?i)(?:next|page|continuation|pagination|cursor|idempotency|request|input|output|client)[_-]?token[\"']?\\s*"
                                + "(?::=|=>|=|:)",
                        "(?i)[_.-]?(?:type|name|url|uri|file|path|dir|length|len|size|count|format|field|mode|prefix"
                                + "|endpoint|header|policy|ttl|expiry|expires|label|encryption|algorithm|method|hash"
                                + "|class|manager|provider|key_?id|param|parameter)[\"']?\\s*(?::=|=>|=|:)")
                .build();
    }
}
