package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour beyond single rules: Kubernetes Secret decoding, third-party test data, command-line credentials. */
class BreadthBehaviourTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportDecodedValueWhenSecretKindFollowsData() {
        String password = g.alnum(24);
        String yaml = "apiVersion: v1\ndata:\n  password: " + b64(password) + "\n  user: " + b64("app")
                + "\nkind: Secret\nmetadata:\n  name: db\n";

        List<DetectedSecret> found = Detections.inFile("/deploy/secret.yaml", yaml);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(FileRules.KUBERNETES_SECRET);
            assertThat(d.digest()).isEqualTo(SecretDigest.of(password));
            assertThat(d.location().line()).hasValue(3);
        });
    }

    @Test
    void shouldReportStringDataWhenKindComesFirst() {
        String token = g.alnum(30);
        String yaml = "kind: Secret\nmetadata:\n  name: api\nstringData:\n  token: " + token + "\n---\n"
                + "kind: ConfigMap\ndata:\n  note: " + b64(g.alnum(20)) + "\n";

        assertThat(Detections.inFile("/deploy/all.yml", yaml)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(FileRules.KUBERNETES_SECRET);
            assertThat(d.digest()).isEqualTo(SecretDigest.of(token));
            assertThat(d.location().line()).hasValue(5);
        });
    }

    @Test
    void shouldKeepOtherFindingsWhenDocumentIsNoSecret() {
        String password = g.alnum(20);
        String yaml = "apiVersion: v1\nkind: ConfigMap\ndata:\n  DB_PASSWORD: " + password + "\n  blob: "
                + b64(g.alnum(20)) + "\n";

        assertThat(Detections.inFile("/deploy/cm.yaml", yaml)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("generic-secret-assignment");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(password));
        });
    }

    @Test
    void shouldLowerSeverityWhenInThirdPartyTestData() {
        String token = g.crc32Base62("ghp_");
        String path = "/usr/lib/python3/site-packages/github/tests/fixtures.py";

        assertThat(Detections.inFile(path, "TOKEN = \"" + token + "\"\n")).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("github-token");
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).isEqualTo("GitHub token in third-party test data");
        });
        assertThat(Detections.inFile("/app/node_modules/ssh2/test/fixtures/id_rsa", "key")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.LOW));
        assertThat(Detections.inFile("/app/settings.py", "TOKEN = \"" + token + "\"\n")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void shouldFindCurlPasswordWhenEntrypointJoined() {
        String password = g.alnum(24);

        List<DetectedSecret> found = Detections.inText("sh -c curl -u admin:" + password + " https://api.internal/x");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("curl-basic-auth");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(password));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl -u \"$USER:$PASS\" https://x", "curl -u USERNAME:PASSWORD https://x",
        "mysql -u root -p -h db", "docker login -u ci -p \"$TOKEN\" r.io", "sshpass -p \"$SSH_PASS\" ssh h",
        "keytool -list -keystore cacerts -storepass changeit", "echo curl is great; -u x:y"})
    void shouldIgnoreCommandWhenPasswordIsReference(String line) {
        assertThat(Detections.inText(line)).isEmpty();
    }

    @Test
    void shouldIgnorePemMarkerWhenNoKeyBodyFollows() {
        String js = "const pem = '-----BEGIN PRIVATE KEY-----\\n' + body + '\\n-----END PRIVATE KEY-----';\n"
                + "\"PrivateKey\": \"-----BEGIN DSA PRIVATE KEY-----<a very long key>-----END DSA PRIVATE KEY-----\"\n";

        assertThat(Detections.inFile("/app/lib/keys.js", js)).isEmpty();
    }

    @Test
    void shouldLowerSeverityWhenInThirdPartyDocumentation() {
        String pem = FileSamples.pemText(KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY");

        assertThat(Detections.inFile("/app/node_modules/gtoken/README.md", pem)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).isEqualTo("PKCS#8 private key in third-party documentation");
        });
        assertThat(Detections.inFile("/app/docs/README.md", pem)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.CRITICAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"nextPageToken\": \"my_nextPageToken\"",
        "\"nextToken\": \"gPFEGk7CF4wS901w7ppYclt7gPFEGk7CF4wS901w\",", "this.authToken_ = authToken_;",
        "const webIdentityTokenFile = init?.webIdentityTokenFile;", "const _password = encrypt(password, s, k);"})
    void shouldIgnoreLibraryCodeWhenNamesOnlyLookSecret(String line) {
        assertThat(Detections.inFile("/app/node_modules/lib/index.js", line + "\n")).isEmpty();
    }
}
