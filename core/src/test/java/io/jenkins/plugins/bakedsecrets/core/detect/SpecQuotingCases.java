package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * Corpus cases for values with punctuation, written by each syntax's quoting rules: Compose's env_file rules for
 * dotenv, {@code java.util.Properties.load} for properties, YAML 1.2 scalars, RFC 8259 strings, XML 1.0 entities and
 * CDATA, TOML strings and INI values, POSIX shell quoting and bash's {@code $'...'}, Dockerfile ENV. The label is the
 * line the value starts on; decoys are the same syntaxes' comments and references.
 */
final class SpecQuotingCases {
    private static final String RULE = "generic-secret-assignment";
    private static final String PUNCTUATION = "#!%^*@+~";
    private static final String[] NAMES = {"DB_PASSWORD", "SMTP_PASSWORD", "API_TOKEN", "APP_SECRET", "AUTH_TOKEN",
        "REDIS_PASSWORD", "CLIENT_SECRET", "ADMIN_PASSWORD"};
    private final SpecCorpus corpus;
    private final SampleGen g;

    SpecQuotingCases(SpecCorpus corpus) {
        this.corpus = corpus;
        this.g = corpus.random();
    }

    void generate() {
        for (int i = 0; i < 6; i++) {
            dotenv(i);
            properties(i);
            yaml(i);
            jsonXml(i);
            iniToml(i);
            shell(i);
        }
        decoys();
    }

    /** A random password of letters and digits with one to three punctuation marks inside it, never first. */
    String password() {
        StringBuilder b = new StringBuilder(g.alnum(4));
        for (int i = 0; i < 1 + g.nextInt(3); i++) {
            b.append(PUNCTUATION.charAt(g.nextInt(PUNCTUATION.length()))).append(g.alnum(3 + g.nextInt(4)));
        }
        return b.toString();
    }

    private String name(int i) {
        return NAMES[(i + g.nextInt(NAMES.length)) % NAMES.length];
    }

    private static String why(String rule) {
        return "generated password with punctuation, written as " + rule + "; label: the whole value is the secret";
    }

    private void dotenv(int i) {
        corpus.file("quote/dotenv/srv/app/.env").line("# " + i)
                .secret(name(i) + "=" + password(), RULE, why("a dotenv unquoted value ('#' is a comment only after "
                        + "white space)"))
                .secret(name(i + 1) + "=" + password() + " # rotated 2026-11", RULE, why("a dotenv value with a "
                        + "comment after white space"))
                .secret("export " + name(i + 2) + "=\"" + password().replace("#", "\\\"#") + "\"", RULE,
                        why("a dotenv double-quoted value with an escaped quote"));
    }

    private void properties(int i) {
        String p = password();
        String q = password();
        corpus.file("quote/properties/srv/app/config/application.properties").line("server.port=808" + i)
                .secret("spring.datasource.password=" + password(), RULE, why("a properties value after '='"))
                .secret("mail.smtp.password : " + password(), RULE, why("a properties value after ':'"))
                .secret("app.client.secret " + password(), RULE, why("a properties value after white space"))
                .secret("broker.password=" + p.substring(0, 6) + "\\", RULE, why("a properties value continued on "
                        + "the next line")).line("    " + p.substring(6))
                .secret("ldap.password=\\u00" + Integer.toHexString(q.charAt(0)) + q.substring(1), RULE,
                        why("a properties value starting with a \\uXXXX escape"));
    }

    private void yaml(int i) {
        corpus.file("quote/yaml/srv/app/config/values.yaml").line("db" + i + ":")
                .secret("  password: " + password(), RULE, why("a YAML plain scalar ('#' a comment only after "
                        + "white space)"))
                .secret("  token: \"" + password() + "\\u0041\" # double-quoted", RULE, why("a YAML double-quoted "
                        + "scalar with an escape"))
                .secret("  secret: '" + password() + "''x'", RULE, why("a YAML single-quoted scalar with ''"))
                .line("  client_secret: |")
                .secret("    " + password(), RULE, why("a YAML literal block scalar; the value's line"));
    }

    private void jsonXml(int i) {
        corpus.file("quote/json/srv/app/appsettings.Production.json").line("{")
                .secret("  \"DbPassword\": \"" + password() + "\\u0021\",", RULE, why("a JSON string with \\u escape"))
                .secret("  \"ApiToken\": \"" + password() + "\\\"x\"", RULE, why("a JSON string with an escaped "
                        + "quote")).line("}");
        corpus.file("quote/xml/inetpub/app/Web.config").line("<appSettings>")
                .secret("  <add key=\"SmtpPassword\" value=\"" + password() + "&amp;" + g.alnum(3) + "\" />", RULE,
                        why("an XML key/value attribute pair with an entity"))
                .secret("  <password><![CDATA[" + password() + "&<x]]></password>", RULE, why("XML CDATA text"))
                .line("</appSettings>");
    }

    private void iniToml(int i) {
        corpus.file("quote/ini/etc/app/app.ini").line("[database" + i + "]")
                .secret("password = " + password() + ";" + g.alnum(4), RULE, why("an INI value with ';' inside"));
        corpus.file("quote/toml/etc/app/app.toml").line("[server" + i + "]")
                .secret("token = \"" + password() + "\\u0023x\" # TOML basic string", RULE, why("a TOML basic "
                        + "string with an escape"))
                .secret("secret = '" + password() + "\\x'", RULE, why("a TOML literal string (no escapes)"));
    }

    private void shell(int i) {
        corpus.file("quote/shell/usr/local/bin/entrypoint.sh").line("#!/bin/sh")
                .secret("export " + name(i) + "='" + password() + "'", RULE, why("a shell single-quoted word"))
                .secret(name(i + 3) + "=$'" + password() + "\\x21'", RULE, why("a bash ANSI-C quoted word"))
                .secret("readonly " + name(i + 5) + "=" + password().replace("#", "\\#"), RULE, why("a shell "
                        + "unquoted word with a backslash escape"));
        corpus.file("quote/docker/build/Dockerfile").line("FROM eclipse-temurin:21-jre")
                .secret("ENV " + name(i) + "=\"" + password() + "\"", RULE, why("a Dockerfile ENV value"));
    }

    /** Comments, references and prompts in the same syntaxes: understood by the syntax, no secret. */
    private void decoys() {
        corpus.file("quote/decoys/srv/app/.env")
                .decoy("DB_PASSWORD=${DB_PASSWORD_FROM_VAULT}", "dotenv interpolation")
                .decoy("API_TOKEN=\"$API_TOKEN\"", "dotenv interpolation in double quotes")
                .decoy("APP_SECRET= # set at deploy time", "empty dotenv value with a comment");
        corpus.file("quote/decoys/srv/app/messages.properties")
                .decoy("login.password.prompt=Enter your password:", "a prompt, not a password")
                .decoy("db.password=${DB_PASSWORD}", "a Spring placeholder")
                .decoy("password.policy.length=12", "a policy value");
        corpus.file("quote/decoys/srv/app/values.yaml")
                .decoy("password: *defaultPassword", "a YAML alias")
                .decoy("token: \"{{ .Values.global.token }}\"", "a Helm template")
                .decoy("secret: !vault |", "an Ansible vault tag").line("  $ANSIBLE_VAULT;1.1;AES256");
        corpus.file("quote/decoys/usr/local/bin/run.sh")
                .decoy("export DB_PASSWORD=\"$(cat /run/secrets/db_password)\"", "command substitution")
                .decoy("API_TOKEN=`vault read -field=token secret/api`", "backquoted command substitution");
        corpus.file("quote/decoys/inetpub/app/Web.config")
                .decoy("<add key=\"DbPassword\" value=\"#{DbPassword}#\" />", "a release-pipeline token");
    }
}
