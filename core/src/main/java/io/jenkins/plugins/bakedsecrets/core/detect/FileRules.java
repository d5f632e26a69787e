package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Built-in rules for files that are secrets by nature or hold one in a known place: Jenkins homes, app configs. */
final class FileRules {
    /** Id of the rule that reports decoded values of Kubernetes Secret manifests. */
    static final String KUBERNETES_SECRET = "kubernetes-secret-data";
    private static final String JENKINS = "A Jenkins home's secrets decrypt every credential the controller stores.";
    private static final String DB = "A database login.";

    private FileRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(jenkins());
        all.addAll(wholeFiles());
        all.addAll(configFiles());
        return all;
    }

    private static List<Rule> jenkins() {
        return List.of(
                file("jenkins-master-key", "Jenkins master key (secrets/master.key)", CRITICAL, JENKINS,
                        "(?:^|/)secrets/master\\.key$"),
                file("jenkins-hudson-secret", "Jenkins secret key (secrets/hudson.util.Secret)", CRITICAL, JENKINS,
                        "(?:^|/)secrets/hudson\\.util\\.Secret$"),
                file("jenkins-initial-admin-password", "Jenkins initial admin password", CRITICAL,
                        "Logs in as the first administrator of the controller.",
                        "(?:^|/)secrets/initialAdminPassword$"),
                Rule.builder("jenkins-encrypted-secret", "Jenkins encrypted credential ({AQAAAB...})", CRITICAL)
                        .reason("Decrypts with the master key that usually ships in the same Jenkins home.")
                        .keywords("{aqaaab").regex("\\{(AQAAAB[A-Za-z0-9+/]{30,}={0,2})\\}")
                        .validator(Validators::jenkinsSecret).build());
    }

    private static List<Rule> wholeFiles() {
        String key = "A private key impersonates its owner until rotated everywhere.";
        return List.of(
                file("rails-master-key", "Rails master key (config/master.key)", CRITICAL,
                        "Decrypts config/credentials.yml.enc and everything in it.",
                        "(?:^|/)config/(?:master\\.key|credentials/[^/]+\\.key)$"),
                file("putty-private-key-file", "PuTTY private key file", CRITICAL, key, "(?i)\\.ppk$"),
                file("gnupg-private-keyring", "GnuPG private keyring", CRITICAL, key,
                        "(?:^|/)\\.gnupg/(?:secring\\.gpg|private-keys-v1\\.d/[^/]+\\.key)$"),
                file("gcloud-credential-file", "Google Cloud SDK credential store", CRITICAL,
                        "Holds the user's refresh tokens for every configured account.",
                        "(?:^|/)\\.config/gcloud/(?:credentials\\.db|access_tokens\\.db|application_default_credentials"
                                + "\\.json|legacy_credentials/[^/]+/adc\\.json)$"),
                file("azure-cli-token-cache", "Azure CLI token cache", CRITICAL,
                        "Holds refresh tokens and service principal secrets of the signed-in accounts.",
                        "(?:^|/)\\.azure/(?:msal_token_cache\\.(?:json|bin)|accessTokens\\.json"
                                + "|service_principal_entries\\.(?:json|bin))$"),
                file("vault-token-file", "HashiCorp Vault token file (.vault-token)", HIGH,
                        "The CLI's stored Vault token.", "(?:^|/)\\.vault-token$"));
    }

    private static List<Rule> configFiles() {
        return List.of(
                Rule.builder(KUBERNETES_SECRET, "Value of a Kubernetes Secret manifest", HIGH)
                        .reason("Secrets in manifests are base64, not encrypted; they are often database or API "
                                + "credentials.")
                        .path("(?i)\\.ya?ml$").regex("^\\s+[A-Za-z0-9_.-]+:\\s").build(),
                Rule.builder("mysql-config-password", "Password in a MySQL option file", HIGH).reason(DB)
                        .keywords("password").path("(?:^|/)(?:\\.?my\\.cnf|\\.mylogin\\.cnf|mysql/[^/]*\\.cnf"
                                + "|mysql/conf\\.d/[^/]+)$")
                        .regex("(?i)^\\s*password\\s*=\\s*[\"']?([^\\s\"']+)").allowSecret(CredentialRules.WEAK_WORDS)
                        .build(),
                Rule.builder("htpasswd-entry", "Password hash in an htpasswd file", MEDIUM)
                        .reason("A crackable hash of a web login; weak passwords fall quickly.")
                        .path("(?:^|/)\\.?htpasswd[^/]*$")
                        .regex("^[^:#\\s]+:(\\$apr1\\$[./0-9A-Za-z]{1,8}\\$[./0-9A-Za-z]{22}|\\$2[aby]?\\$[0-9]{2}\\$"
                                + "[./A-Za-z0-9]{53}|\\{SHA\\}[A-Za-z0-9+/]{27}=|\\$[56]\\$[^:\\s]+)").build(),
                Rule.builder("terraform-state-secret", "Sensitive value in Terraform state", HIGH)
                        .reason("State stores resource secrets (database passwords, keys) in plain text.")
                        .keywords("password", "secret", "token", "private_key", "access_key", "api_key", "sensitive")
                        .path("\\.tfstate(?:\\.backup)?$")
                        .regex("\"[a-z_]*(?:password|secret|token|private_key|access_key|api_key|sensitive_content)"
                                + "[a-z_]*\"\\s*:\\s*\"([^\"]{8,})\"")
                        .allowSecret(CredentialRules.WEAK_WORDS).build(),
                Rule.builder("wordpress-config-secret", "WordPress database password or salt in wp-config.php", HIGH)
                        .reason("The database login, or salts that forge login cookies.").keywords("define")
                        .regex("define\\(\\s*['\"](?:DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)"
                                + "|NONCE_(?:KEY|SALT))['\"]\\s*,\\s*['\"]([^'\"]{4,256})['\"]")
                        .allowSecret("(?i)put your unique phrase", CredentialRules.WEAK_WORDS).build(),
                Rule.builder("django-secret-key", "Django SECRET_KEY", HIGH)
                        .reason("Signs sessions and password reset links; forging them takes over accounts.")
                        .keywords("secret_key").path("(?:^|/)settings[^/]*\\.py$")
                        .regex("^\\s*SECRET_KEY\\s*=\\s*['\"]([^'\"]{20,})['\"]").build(),
                Rule.builder("pypirc-password", "Password in .pypirc", HIGH).reason(RuleShapes.PUBLISH)
                        .keywords("password").path("(?:^|/)\\.pypirc$")
                        .regex("(?i)^\\s*password\\s*[:=]\\s*(\\S+)").allowSecret(CredentialRules.WEAK_WORDS).build(),
                Rule.builder("redis-config-password", "Password in a Redis configuration", HIGH).reason(DB)
                        .keywords("requirepass", "masterauth").path("(?:^|/)(?:redis|sentinel)[^/]*\\.conf$")
                        .regex("^\\s*(?:requirepass|masterauth)\\s+[\"']?([^\\s\"']+)")
                        .allowSecret(CredentialRules.WEAK_WORDS).build());
    }

    /** A rule for files that are secrets by their path: the whole content is the secret. */
    static Rule file(String id, String title, Severity severity, String reason, String path) {
        return Rule.builder(id, title, severity).reason(reason).kind(RuleKind.FILE_PATH).path(path).build();
    }
}
