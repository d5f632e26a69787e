package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.b64;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Near misses of the key, credential-file, Jenkins, command-line and connection-string rules that predate issue
 * 15: public key material under a private-key-like label, a file next to the secret one, a reference instead of a
 * value, a weak word the rule ignores on purpose.
 */
final class FileNearMisses {
    private FileNearMisses() {
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
                g -> raw("gcp-service-account", "/app/sa.json", "{\n  \"type\": \"service_account\",\n  \"client_email\": "
                        + "\"ci@shop.iam.gserviceaccount.com\"\n}\n", 2, ""),
                g -> FileSamples.pem("private-key-rsa", "/etc/ssl/rsa.pub", g.bytes(270), "RSA PUBLIC KEY"),
                g -> FileSamples.pem("private-key-ec", "/etc/ssl/ec.pem", g.bytes(10), "EC PARAMETERS"),
                g -> FileSamples.pem("private-key-dsa", "/etc/ssl/dsa.pem", g.bytes(400), "DSA PARAMETERS"),
                g -> raw("private-key-openssh", "/root/deploy_key", "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                        + "b3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----\n", 1, ""),
                g -> FileSamples.pem("private-key-pkcs8", "/app/certs/tls.pub", g.bytes(294), "PUBLIC KEY"),
                g -> raw("private-key-encrypted", "/app/certs/enc.key", "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                        + "-----END ENCRYPTED PRIVATE KEY-----\n", 1, ""),
                g -> FileSamples.pem("private-key-pgp", "/root/signing.asc", g.bytes(700), "PGP PUBLIC KEY BLOCK"),
                g -> raw("ssh-private-key-file", "/home/app/.ssh/id_ed25519.pub", "ssh-ed25519 AAAAC3Nz" + g.alnum(60),
                        0, ""),
                g -> raw("keystore-file", "/opt/app/conf/server.p12.sha256", g.hex(64), 0, ""),
                g -> raw("putty-private-key-file", "/home/app/deploy.ppk.txt", "notes\n", 0, ""),
                g -> raw("gnupg-private-keyring", "/root/.gnupg/pubring.kbx", g.alnum(40), 0, ""),
                g -> raw("age-secret-key", "/root/.config/sops/age/keys.txt", "# public key: age1"
                        + g.pick(SampleGen.BECH32, 58) + "\n", 1, ""));
    }

    private static List<Function<SampleGen, RuleSample>> credentialFiles() {
        return List.of(
                g -> raw("docker-config-auth", "/root/.docker/config.json", "{\"auths\": {\"r.corp.io\": {\"auth\": \"\"}}}\n",
                        1, ""),
                g -> raw("docker-identity-token", "/root/.docker/config.json", "{\"identitytoken\": \"\"}\n", 1, ""),
                g -> raw("kubeconfig-client-key", "/root/.kube/config", "    client-certificate-data: "
                        + g.base64Bytes(60) + "\n", 1, ""),
                g -> raw("kubeconfig-token", "/root/.kube/config", "    token: short\n", 1, ""),
                g -> raw("kubeconfig-password", "/root/.kube/config", "    username: admin\n", 1, ""),
                g -> raw("npmrc-auth", "/home/node/.npmrc", "//npm.corp.io/:always-auth=true\n", 1, ""),
                g -> raw("git-credentials", "/root/.git-credentials", "https://deploy@git.corp.io\n", 1, ""),
                g -> raw("netrc-password", "/root/.netrc", "machine repo.corp.io login ci\n", 1, ""),
                g -> raw("pgpass-password", "/root/.pgpass", "# hostname:port:database:username:password\n", 1, ""),
                g -> raw("mysql-config-password", "/root/.my.cnf", "[client]\nuser=app\n", 2, ""),
                g -> raw("htpasswd-entry", "/etc/nginx/.htpasswd", "admin:plain-text-is-not-a-hash\n", 1, ""),
                g -> raw("terraform-state-secret", "/infra/terraform.tfstate", "{\"master_password_length\": 16}\n", 1, ""),
                g -> raw("pypirc-password", "/root/.pypirc", "[pypi]\nusername = __token__\n", 2, ""),
                g -> raw("redis-config-password", "/etc/redis/redis.conf", "# requirepass foobared\n", 1, ""),
                g -> raw("gcloud-credential-file", "/root/.config/gcloud/configurations/config_default", "[core]\n", 0,
                        ""),
                g -> raw("azure-cli-token-cache", "/root/.azure/azureProfile.json", "{\"subscriptions\": []}", 0, ""),
                g -> raw("vault-token-file", "/root/.vault-token.example", "s." + g.alnum(24), 0, ""),
                g -> raw("kubernetes-secret-data", "/deploy/k8s/cm.yaml", "apiVersion: v1\ndata:\n  password: "
                        + b64(g.alnum(20)) + "\nkind: ConfigMap\n", 3, ""));
    }

    private static List<Function<SampleGen, RuleSample>> jenkinsAndApps() {
        return List.of(
                g -> raw("jenkins-master-key", "/var/jenkins_home/secrets/master.key.bak.txt", g.hex(64), 0, ""),
                g -> raw("jenkins-hudson-secret", "/var/jenkins_home/secrets/jenkins.model.Jenkins.crumbSalt", g.hex(64),
                        0, ""),
                g -> raw("jenkins-initial-admin-password", "/var/jenkins_home/secrets/filepath-filters.d/30-default.conf",
                        "allow .*\n", 0, ""),
                g -> raw("jenkins-encrypted-secret", "/var/jenkins_home/credentials.xml", "<password>${DEPLOY_PASSWORD}"
                        + "</password>\n", 1, ""),
                g -> raw("wordpress-config-secret", "/var/www/html/wp-config.php", "define( 'DB_PASSWORD', "
                        + "'password' );\n", 1, ""),
                g -> raw("rails-master-key", "/app/config/master.key.example", g.hex(32), 0, ""),
                g -> raw("django-secret-key", "/app/shop/settings.py", "SECRET_KEY = os.environ['SECRET_KEY']\n", 1, ""),
                g -> raw("url-password", "/app/config/app.yaml", "addresses: amqp://shop:changeme@mq.corp.internal\n", 1,
                        ""),
                g -> raw("jdbc-password", "/app/db.properties", "db.url=jdbc:postgresql://db:5432/shop?user=app\n", 1, ""),
                g -> raw("ado-net-connection-string", "/app/appsettings.json", "\"Server=db;Database=shop;Integrated "
                        + "Security=true;\"\n", 1, ""),
                g -> raw("generic-secret-assignment", "/app/.env", "SMTP_PASSWORD=${SMTP_PASSWORD}\n", 1, ""),
                g -> raw("gitlab-session-cookie", "/app/scrape.sh", "curl -H 'Cookie: _gitlab_session=' x\n", 1, ""));
    }

    private static List<Function<SampleGen, RuleSample>> commands() {
        return List.of(
                g -> cmd("curl-basic-auth", "curl -u \"$API_USER:$API_PASSWORD\" https://api.internal/x"),
                g -> cmd("wget-password", "wget --ask-password --user=ci https://repo.internal/a.tgz"),
                g -> cmd("mysql-cli-password", "mysql -h db -u root -p shop < /tmp/schema.sql"),
                g -> cmd("sshpass-password", "sshpass -e ssh deploy@10.0.0.5 uptime"),
                g -> cmd("docker-login-password", "docker login -u ci --password-stdin registry.corp.io"),
                g -> cmd("redis-cli-password", "redis-cli -h cache PING"),
                g -> cmd("openssl-pass-argument", "openssl pkcs12 -export -in c.pem -out c.p12 -passout env:P12_PASS"),
                g -> cmd("keytool-password", "keytool -list -keystore t.jks -storepass:env STORE_PASS"),
                g -> cmd("ldap-bind-password", "ldapsearch -x -D cn=admin,dc=corp -y /run/secrets/ldap -b dc=corp"),
                g -> cmd("authorization-basic-header", "curl -H \"Authorization: Basic $BASIC_AUTH\" https://nexus.corp.io"),
                g -> cmd("authorization-bearer-header", "curl -H \"Authorization: Bearer $TOKEN\" https://api.corp.io"));
    }

    private static RuleSample cmd(String rule, String line) {
        return raw(rule, "/app/entrypoint.sh", "#!/bin/sh\n" + line + "\n", 2, "");
    }
}
