package io.jenkins.plugins.bakedsecrets.core.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Hard decoys for the corpus: values that look like secrets and are not, each labelled {@code none}. */
final class CorpusDecoys {
    private static final String[] SECRET_NAMES = {"API_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD",
        "client_secret", "SLACK_TOKEN", "STRIPE_SECRET_KEY", "password", "auth_token", "NPM_TOKEN"};
    private static final String[] PLACEHOLDERS = {"changeme", "<your-token>", "${GITHUB_TOKEN}", "xxxxxxxxxxxxxxxxxxxx",
        "YOUR_API_KEY_HERE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "********",
        "{{ .Values.password }}", "%DB_PASSWORD%", "$(cat /run/secrets/db)", "<password>", "insert-key-here",
        "your_token_here", "dummy-secret-value", "${{ secrets.NPM_TOKEN }}", "#{vault.password}", "REDACTED",
        "placeholder-token", "example-api-key-123"};

    private final SampleGen g;
    private final CorpusGenerator out;

    CorpusDecoys(SampleGen g, CorpusGenerator out) {
        this.g = g;
        this.out = out;
    }

    void generate() throws IOException {
        placeholders();
        hashes();
        identifiers();
        minifiedAndData();
        keysAndCertificates();
        documentation();
        code();
    }

    private void placeholders() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String name : SECRET_NAMES) {
            for (int i = 0; i < 3; i++) {
                lines.add(new String[] {name + "=" + PLACEHOLDERS[g.nextInt(PLACEHOLDERS.length)],
                    "placeholder value under a secret name; label: marks where a secret goes, is none"});
            }
        }
        lines.add(new String[] {"aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AWS documentation example key id"});
        lines.add(new String[] {"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS documentation example secret key"});
        lines.add(new String[] {"AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE", "AWS documentation example key id"});
        lines.add(new String[] {"aws_secret_access_key=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            "AWS documentation example secret key"});
        lines.add(new String[] {"password: \"\"", "empty password"});
        lines.add(new String[] {"password_min_length: 12", "password policy, not a password"});
        lines.add(new String[] {"token_ttl: 3600", "token lifetime, not a token"});
        lines.add(new String[] {"secret_name: db-credentials", "name of a secret object"});
        lines.add(new String[] {"password: true", "boolean flag"});
        lines.add(new String[] {"STRIPE_PUBLISHABLE_KEY=pk_live_" + g.alnum(99), "Stripe publishable key is public"});
        lines.add(new String[] {"stripePublishableKey: pk_test_" + g.alnum(99), "Stripe publishable test key"});
        lines.add(new String[] {"TWILIO_ACCOUNT_SID=AC" + g.hex(32), "Twilio account SID is an identifier"});
        writeFile("dec/placeholders/app.env", lines);
    }

    private void hashes() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            byte[] data = g.bytes(64);
            lines.add(new String[] {"md5sum = " + digest("MD5", data), "md5 of random bytes under a hash name"});
            lines.add(new String[] {"sha1: " + digest("SHA-1", data), "sha1 of random bytes under a hash name"});
            lines.add(new String[] {"checksum_sha256=" + digest("SHA-256", data), "sha256 under a checksum name"});
            lines.add(new String[] {"      \"integrity\": \"sha512-" + Base64.getEncoder().encodeToString(
                    digestBytes("SHA-512", data)) + "\",", "package-lock.json integrity string"});
            lines.add(new String[] {"    image: registry.corp.io/shop@sha256:" + digest("SHA-256", g.bytes(8)),
                "image digest"});
            lines.add(new String[] {"GIT_COMMIT=" + digest("SHA-1", g.bytes(8)), "git commit id"});
            lines.add(new String[] {"github.com/pkg/errors v0.9." + i + " h1:" + Base64.getEncoder().encodeToString(
                    digestBytes("SHA-256", data)), "go.sum hash"});
        }
        writeFile("dec/hashes/lockfiles.txt", lines);
    }

    private void identifiers() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new String[] {"request_id: " + g.uuid(), "UUID request id"});
            lines.add(new String[] {"  \"id\": \"" + g.uuid() + "\",", "UUID object id"});
            lines.add(new String[] {"trace_token_id = " + g.uuid(), "UUID under a token-like name"});
            lines.add(new String[] {"arn: arn:aws:iam::" + g.digits(12) + ":role/deploy-" + g.pick(SampleGen.LOWER,
                    6), "AWS ARN"});
            lines.add(new String[] {"version: " + (1 + g.nextInt(9)) + "." + g.nextInt(30) + "." + g.nextInt(40),
                "version number"});
            lines.add(new String[] {"npm_config_cache=/tmp/.npm-" + g.pick(SampleGen.LOWER, 6),
                "npm_ prefix in a config variable that is a path"});
        }
        writeFile("dec/ids/build-info.yaml", lines);
    }

    private void minifiedAndData() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            lines.add(new String[] {minified(), "minified JavaScript with short identifiers"});
        }
        for (int i = 0; i < 10; i++) {
            byte[] png = TokenSamples.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                    g.bytes(300));
            lines.add(new String[] {".icon-" + i + "{background:url(data:image/png;base64," + Base64.getEncoder()
                    .encodeToString(png) + ")}", "base64 PNG data URI"});
        }
        writeFile("dec/web/app.min.js", lines);
    }

    private void keysAndCertificates() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(new String[] {"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + g.pick(SampleGen.BASE64, 300)
                    + " deploy" + i + "@build", "SSH public key"});
            lines.add(new String[] {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.pick(SampleGen.BASE64, 43) + " ci@host",
                "SSH public key"});
        }
        writeFile("dec/keys/authorized_keys", lines);
        for (String label : new String[] {"CERTIFICATE", "PUBLIC KEY", "CERTIFICATE REQUEST", "X509 CRL"}) {
            for (int i = 0; i < 3; i++) {
                String pem = FileSamples.pemText(g.bytes(600), label);
                String file = "dec/certs/" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + i
                        + ".pem";
                out.write(file, pem);
                out.label(file, 1, "none", "generated " + label + " PEM block; label: public material, no secret");
            }
        }
    }

    private void documentation() throws IOException {
        List<String[]> lines = new ArrayList<>();
        String[] docs = {"See https://user:password@example.com/path for the URL form.",
            "DATABASE_URL=postgres://app:" + g.alnum(12) + "@db.example.org/app",
            "Read https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-"
                + "personal-access-tokens before creating a token.",
            "mongodb://<username>:<password>@cluster0.example.net/test",
            "Create a token at https://app.datadoghq.com/organization-settings/api-keys and set DD_API_KEY.",
            "Slack tokens look like xoxb-your-token; never commit them.",
            "export GITHUB_TOKEN=<paste-your-token>",
            "curl -u USERNAME:PASSWORD https://api.example.com/",
            "curl -u \"$USER:$PASS\" https://api.internal/x",
            "mysql -u root -p -h localhost",
            "docker login -u \"$REGISTRY_USER\" -p \"$REGISTRY_PASSWORD\" registry.corp.io",
            "sshpass -p \"$SSH_PASS\" ssh deploy@host",
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "jdbc:postgresql://localhost:5432/test?user=test&password=test",
            "redis://:${REDIS_PASSWORD}@cache:6379/0"};
        for (String d : docs) {
            lines.add(new String[] {d, "documentation or template text with a placeholder credential"});
        }
        for (int i = 0; i < 20; i++) {
            lines.add(new String[] {"https://registry.npmjs.org/" + g.pick(SampleGen.LOWER, 8) + "/-/"
                    + g.pick(SampleGen.LOWER, 8) + "-1." + i + ".0.tgz", "package download URL"});
        }
        writeFile("dec/docs/README.md", lines);
    }

    private void code() throws IOException {
        List<String[]> lines = new ArrayList<>();
        String[] code = {"password = os.environ[\"DB_PASSWORD\"]", "const token = await getToken(req);",
            "api_key = config.get(\"api_key\")", "token: ${{ secrets.GITHUB_TOKEN }}",
            "String password = System.getenv(\"DB_PASSWORD\");", "secret_key_base = ENV.fetch(\"SECRET_KEY_BASE\")",
            "if (password.length < minPasswordLength) {", "self.token = token", "return this.apiKey;",
            "private static final String PASSWORD_FIELD = \"password\";", "passwordEncoder = new BCryptPasswordEncoder();",
            "secretKeyRef:", "  key: password", "token_type: Bearer", "auth_token_header = 'X-Auth-Token'",
            "root:$6$" + g.alnum(8) + "$" + g.pick(SampleGen.ALNUM + "./", 86) + ":19000:0:99999:7:::",
            "$ANSIBLE_VAULT;1.1;AES256", "color: #" + g.hex(6) + ";", "fe80::" + g.hex(4) + ":" + g.hex(4) + ":"
                + g.hex(4) + ":" + g.hex(4), "mac_address: 02:42:" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":"
                + g.hex(2)};
        for (String c : code) {
            lines.add(new String[] {c, "code reading a secret from elsewhere or naming a field"});
        }
        for (int i = 0; i < 20; i++) {
            lines.add(new String[] {"        <script src=\"/static/js/main." + g.hex(8) + ".js\" integrity=\"sha384-"
                    + Base64.getEncoder().encodeToString(g.bytes(48)) + "\"></script>", "subresource integrity"});
        }
        for (int i = 0; i < 10; i++) {
            lines.add(new String[] {"kind: ConfigMap binaryData logo.png: " + Base64.getEncoder().encodeToString(
                    g.bytes(45)), "base64 data outside a Secret"});
        }
        writeFile("dec/code/mixed.txt", lines);
    }

    private String minified() {
        StringBuilder b = new StringBuilder("!function(e,t){\"use strict\";");
        for (int i = 0; i < 12; i++) {
            String v = g.pick(SampleGen.LOWER, 1) + g.pick(SampleGen.ALNUM, g.nextInt(3));
            b.append("var ").append(v).append("=function(n,r){return n.").append(g.pick(SampleGen.LOWER, 6))
                    .append("(r,\"").append(g.pick(SampleGen.LOWER, 5)).append("\")};");
        }
        return b.append("}(this,function(){});").toString();
    }

    private void writeFile(String file, List<String[]> lines) throws IOException {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String[] l : lines) {
            b.append(l[0]).append('\n');
            n++;
            out.label(file, n, "none", "generated decoy: " + l[1]);
        }
        out.write(file, b.toString());
    }

    private static String digest(String algorithm, byte[] data) {
        return HexFormat.of().formatHex(digestBytes(algorithm, data));
    }

    private static byte[] digestBytes(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
