package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.raw;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Samples that are whole files or need their surroundings: keys, credential files, Jenkins homes, commands. */
final class FileSamples {
    private FileSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(keys());
        all.addAll(credentialFiles());
        all.addAll(jenkinsAndApps());
        all.addAll(commands());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> keys() {
        return List.of(
                g -> pem("private-key-rsa", "/etc/ssl/private/server.key", KeyMaterial.pkcs1Rsa(g), "RSA PRIVATE KEY"),
                g -> pem("private-key-ec", "/etc/nginx/ec.key", KeyMaterial.sec1Ec(g), "EC PRIVATE KEY"),
                g -> pem("private-key-dsa", "/opt/legacy/dsa.key", KeyMaterial.pkcs8("DSA", g), "DSA PRIVATE KEY"),
                g -> pem("private-key-openssh", "/root/deploy_key", KeyMaterial.openssh(g), "OPENSSH PRIVATE KEY"),
                g -> pem("private-key-pkcs8", "/app/certs/tls.key", KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY"),
                g -> pem("private-key-encrypted", "/app/certs/enc.key", KeyMaterial.encrypted(g),
                        "ENCRYPTED PRIVATE KEY"),
                g -> pem("private-key-pgp", "/root/signing.asc", g.bytes(700), "PGP PRIVATE KEY BLOCK"),
                g -> {
                    String pem = pemText(KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY").replace("\n", "\\n");
                    return raw("gcp-service-account", "/app/sa.json", "{\n  \"type\": \"service_account\",\n"
                            + "  \"project_id\": \"shop-" + g.digits(6) + "\",\n  \"private_key_id\": \"" + g.hex(40)
                            + "\",\n  \"private_key\": \"" + pem + "\",\n  \"client_email\": \"ci@shop.iam.gserviceacc"
                            + "ount.com\"\n}\n", 5, "");
                },
                g -> raw("ssh-private-key-file", "/home/app/.ssh/id_ed25519", "opaque key " + g.alnum(40), 0, ""),
                g -> raw("keystore-file", "/opt/app/conf/server.p12", "0\u0082" + g.alnum(200), 0, ""),
                g -> raw("putty-private-key-file", "/home/app/deploy.ppk", "PuTTY-User-Key-File-3: ssh-ed25519\n"
                        + "Private-Lines: 1\n" + g.base64Bytes(48) + "\n", 0, ""),
                g -> raw("gnupg-private-keyring", "/root/.gnupg/private-keys-v1.d/" + g.hex(40).toUpperCase(
                        java.util.Locale.ROOT) + ".key", "Key: (private-key (rsa " + g.hex(60) + "))", 0, ""),
                g -> raw("age-secret-key", "/root/.config/sops/age/keys.txt", "# created: 2025-01-01T00:00:00Z\n"
                        + "AGE-SECRET-KEY-1" + g.pick(SampleGen.BECH32, 58).toUpperCase(java.util.Locale.ROOT)
                        + "\n", 2, ""));
    }

    private static List<Function<SampleGen, RuleSample>> credentialFiles() {
        return List.of(
                g -> {
                    String auth = Base64.getEncoder().encodeToString(("ci-bot:" + g.alnum(20)).getBytes());
                    return raw("docker-config-auth", "/root/.docker/config.json", "{\n  \"auths\": {\n    \"registry."
                            + "corp.io\": {\n      \"auth\": \"" + auth + "\"\n    }\n  }\n}\n", 4, auth);
                },
                g -> idTok(g),
                g -> {
                    String key = Base64.getEncoder().encodeToString(pemText(KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY")
                            .getBytes());
                    return raw("kubeconfig-client-key", "/root/.kube/config", "users:\n- name: admin\n  user:\n"
                            + "    client-key-data: " + key + "\n", 4, key);
                },
                g -> kube(g, "kubeconfig-token", "token", g.urlsafe(40)),
                g -> kube(g, "kubeconfig-password", "password", g.alnum(18)),
                g -> {
                    String auth = Base64.getEncoder().encodeToString(("u:" + g.alnum(16)).getBytes());
                    return raw("npmrc-auth", "/home/node/.npmrc", "registry=https://npm.corp.io/\n//npm.corp.io/:"
                            + "_auth=" + auth + "\n", 2, auth);
                },
                g -> {
                    String pw = g.alnum(20);
                    return raw("git-credentials", "/root/.git-credentials", "https://deploy:" + pw + "@git.corp.io\n",
                            1, pw);
                },
                g -> {
                    String pw = g.alnum(16);
                    return raw("netrc-password", "/root/.netrc", "machine repo.corp.io\n  login ci\n  password " + pw
                            + "\n", 3, pw);
                },
                g -> {
                    String pw = g.alnum(16);
                    return raw("pgpass-password", "/root/.pgpass", "db.corp.io:5432:orders:app:" + pw + "\n", 1, pw);
                },
                g -> {
                    String pw = g.alnum(18);
                    return raw("mysql-config-password", "/root/.my.cnf", "[client]\nuser=app\npassword=" + pw + "\n",
                            3, pw);
                },
                g -> {
                    String hash = "$apr1$" + g.pick(SampleGen.ALNUM + "./", 8) + "$" + g.pick(SampleGen.ALNUM + "./",
                            22);
                    return raw("htpasswd-entry", "/etc/nginx/.htpasswd", "admin:" + hash + "\n", 1, hash);
                },
                g -> {
                    String pw = g.alnum(24);
                    return raw("terraform-state-secret", "/infra/terraform.tfstate", "{\n  \"version\": 4,\n  \""
                            + "resources\": [{\"instances\": [{\"attributes\": {\n        \"master_password\": \"" + pw
                            + "\",\n        \"engine\": \"postgres\"\n  }}]}]\n}\n", 4, pw);
                },
                g -> {
                    String pw = g.alnum(20);
                    return raw("pypirc-password", "/root/.pypirc", "[pypi]\nusername = ci\npassword = " + pw + "\n",
                            3, pw);
                },
                g -> {
                    String pw = g.alnum(32);
                    return raw("redis-config-password", "/etc/redis/redis.conf", "bind 0.0.0.0\nrequirepass " + pw
                            + "\n", 2, pw);
                },
                g -> raw("gcloud-credential-file", "/root/.config/gcloud/credentials.db", "SQLite format 3\u0000"
                        + g.alnum(100), 0, ""),
                g -> raw("azure-cli-token-cache", "/root/.azure/msal_token_cache.json", "{\"AccessToken\": {}}"
                        + g.alnum(30), 0, ""),
                g -> raw("vault-token-file", "/root/.vault-token", "s." + g.alnum(24), 0, ""),
                g -> KubernetesSamples.secret(g));
    }

    private static List<Function<SampleGen, RuleSample>> jenkinsAndApps() {
        return List.of(
                g -> raw("jenkins-master-key", "/var/jenkins_home/secrets/master.key", g.hex(512), 0, ""),
                g -> raw("jenkins-hudson-secret", "/var/jenkins_home/secrets/hudson.util.Secret",
                        new String(g.bytes(272), java.nio.charset.StandardCharsets.ISO_8859_1), 0, ""),
                g -> raw("jenkins-initial-admin-password", "/var/jenkins_home/secrets/initialAdminPassword",
                        g.hex(32) + "\n", 0, ""),
                g -> {
                    String s = g.jenkinsSecret();
                    return raw("jenkins-encrypted-secret", "/var/jenkins_home/credentials.xml", "<?xml version='1.1'"
                            + " encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentials"
                            + "Impl>\n  <username>deploy</username>\n  <password>" + s + "</password>\n</com.cloudbees"
                            + ".plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n", 4,
                            s.substring(1, s.length() - 1));
                },
                g -> {
                    String pw = g.pick(SampleGen.ALNUM + "!#%^*-_", 32);
                    return raw("wordpress-config-secret", "/var/www/html/wp-config.php", "<?php\ndefine( 'DB_NAME', "
                            + "'wordpress' );\ndefine( 'DB_PASSWORD', '" + pw + "' );\n", 3, pw);
                },
                g -> raw("rails-master-key", "/app/config/master.key", g.hex(32), 0, ""),
                g -> {
                    String key = g.pick(SampleGen.LOWER + SampleGen.DIGITS + "!@#%^&*-_=+", 50);
                    return raw("django-secret-key", "/app/shop/settings.py", "DEBUG = False\nSECRET_KEY = '" + key
                            + "'\n", 2, key);
                },
                g -> {
                    String pw = g.alnum(20);
                    return raw("url-password", "/app/config/app.yaml", "spring:\n  rabbitmq:\n    addresses: amqp://"
                            + "shop:" + pw + "@mq.corp.internal:5672\n", 3, pw);
                },
                g -> {
                    String pw = g.alnum(16);
                    return raw("jdbc-password", "/app/db.properties", "db.url=jdbc:sqlserver://db.corp.internal:1433;"
                            + "databaseName=shop;user=app;password=" + pw + "\n", 1, pw);
                },
                g -> {
                    String pw = g.alnum(22);
                    return raw("ado-net-connection-string", "/app/appsettings.json", "{\n  \"ConnectionStrings\": {\n"
                            + "    \"Shop\": \"Server=tcp:sql.corp.internal,1433;Database=shop;User ID=app;Password="
                            + pw + ";Encrypt=True;\"\n  }\n}\n", 3, pw);
                },
                g -> {
                    String pw = g.alnum(20);
                    return raw("generic-secret-assignment", "/app/.env", "APP_ENV=prod\nSMTP_PASSWORD=" + pw + "\n",
                            2, pw);
                },
                g -> {
                    String cookie = g.hex(32);
                    return raw("gitlab-session-cookie", "/app/scrape.sh", "#!/bin/sh\ncurl -s -H 'Cookie: _gitlab_"
                            + "session=" + cookie + "' https://gitlab.corp.io/api/v4/projects\n", 2, cookie);
                });
    }

    private static List<Function<SampleGen, RuleSample>> commands() {
        return List.of(
                g -> cmd(g, "curl-basic-auth", "curl -fsSL -u admin:%s https://api.internal/x"),
                g -> cmd(g, "wget-password", "wget --user=ci --password=%s https://repo.internal/a.tgz"),
                g -> cmd(g, "mysql-cli-password", "mysql -h db -u root -p%s shop < /tmp/schema.sql"),
                g -> cmd(g, "sshpass-password", "sshpass -p '%s' ssh deploy@10.0.0.5 uptime"),
                g -> cmd(g, "docker-login-password", "docker login -u ci -p %s registry.corp.io"),
                g -> cmd(g, "redis-cli-password", "redis-cli -h cache -a %s PING"),
                g -> cmd(g, "openssl-pass-argument", "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:%s"),
                g -> cmd(g, "keytool-password", "keytool -importcert -keystore t.jks -storepass %s -file ca.crt"),
                g -> cmd(g, "ldap-bind-password", "ldapsearch -x -D cn=admin,dc=corp -w %s -b dc=corp"),
                g -> {
                    String b = Base64.getEncoder().encodeToString(("ci:" + g.alnum(20)).getBytes());
                    return raw("authorization-basic-header", "/app/fetch.sh", "#!/bin/sh\ncurl -H \"Authorization: "
                            + "Basic " + b + "\" https://nexus.corp.io/x\n", 2, b);
                },
                g -> {
                    String t = g.alnum(40);
                    return raw("authorization-bearer-header", "/app/fetch.sh", "#!/bin/sh\ncurl -H 'Authorization: "
                            + "Bearer " + t + "' https://api.corp.io/x\n", 2, t);
                });
    }

    private static RuleSample cmd(SampleGen g, String rule, String template) {
        String pw = g.alnum(24);
        return raw(rule, "/app/entrypoint.sh", "#!/bin/sh\nset -e\n" + String.format(template, pw) + "\n", 3, pw);
    }

    private static RuleSample idTok(SampleGen g) {
        String t = g.urlsafe(48);
        return raw("docker-identity-token", "/root/.docker/config.json", "{\"auths\": {\"r.corp.io\": {\n"
                + "  \"identitytoken\": \"" + t + "\"}}}\n", 2, t);
    }

    private static RuleSample kube(SampleGen g, String rule, String field, String value) {
        return raw(rule, "/root/.kube/config", "users:\n- name: ci\n  user:\n    " + field + ": " + value + "\n", 4,
                value);
    }

    static RuleSample pem(String rule, String path, byte[] der, String label) {
        return raw(rule, path, pemText(der, label), 1, "");
    }

    static String pemText(byte[] der, String label) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
