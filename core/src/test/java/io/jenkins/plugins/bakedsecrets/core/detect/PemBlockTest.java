package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Multi-line PEM keys, JSON-escaped keys, service-account JSON and key files. */
class PemBlockTest {
    @ParameterizedTest
    @CsvSource({"RSA PRIVATE KEY,private-key-rsa", "EC PRIVATE KEY,private-key-ec", "DSA PRIVATE KEY,private-key-dsa",
            "OPENSSH PRIVATE KEY,private-key-openssh", "PRIVATE KEY,private-key-pkcs8",
            "ENCRYPTED PRIVATE KEY,private-key-encrypted", "PGP PRIVATE KEY BLOCK,private-key-pgp"})
    void shouldReportBlockOnceAtBeginLineWhenMultiLine(String label, String ruleId) {
        String content = "line one\nline two\n" + TestSecrets.pem(label) + "after\n";

        List<DetectedSecret> found = Detections.inFile("/etc/keys/k.pem", content);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(ruleId);
            assertThat(d.location().line()).hasValue(3);
            assertThat(d.redacted()).startsWith("----…(");
        });
    }

    @Test
    void shouldGiveSameDigestWhenKeyIsJsonEscapedOrInEnvironment() {
        String pem = TestSecrets.pkcs8Pem();
        String escaped = pem.replace("\n", "\\n");

        DetectedSecret inFile = Detections.inFile("/k.pem", pem).get(0);
        DetectedSecret inJson = Detections.inFile("/app/key.json", "{\n  \"key\": \"" + escaped + "\"\n}\n").get(0);
        DetectedSecret inEnv = Detections.inKeyValue("TLS_KEY", pem).get(0);

        assertThat(inJson.ruleId()).isEqualTo("private-key-pkcs8");
        assertThat(inJson.location().line()).hasValue(2);
        assertThat(inJson.digest()).isEqualTo(inFile.digest());
        assertThat(inEnv.digest()).isEqualTo(inFile.digest());
        assertThat(inEnv.location().key()).contains("TLS_KEY");
    }

    @Test
    void shouldReportServiceAccountWhenTypeContextPresent() {
        String escaped = TestSecrets.pkcs8Pem().replace("\n", "\\n");
        String json = "{\n  \"project_id\": \"p\",\n  \"private_key_id\": \"abc\",\n  \"private_key\": \"" + escaped
                + "\",\n  \"client_email\": \"sa@p.iam.gserviceaccount.com\",\n  \"type\": \"service_account\"\n}\n";

        List<DetectedSecret> found = Detections.inFile("/app/sa.json", json);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("gcp-service-account");
            assertThat(d.location().line()).hasValue(4);
        });
    }

    @Test
    void shouldReportPrivateKeyWhenServiceAccountContextMissing() {
        String escaped = TestSecrets.pkcs8Pem().replace("\n", "\\n");

        List<DetectedSecret> found = Detections.inFile("/app/k.json", "{\"private_key\": \"" + escaped + "\"}\n");

        assertThat(Detections.ruleIds(found)).containsExactly("private-key-pkcs8");
    }

    @Test
    void shouldReportCutOffBlockWhenEndMissing() {
        String pem = TestSecrets.pem("RSA PRIVATE KEY");
        String truncated = pem.substring(0, pem.indexOf("-----END"));

        assertThat(Detections.ruleIds(Detections.inFile("/k", truncated))).containsExactly("private-key-rsa");
    }

    @Test
    void shouldReportKeyFileByPathWhenNamedLikeSshKey() {
        String pem = TestSecrets.pem("OPENSSH PRIVATE KEY");

        assertThat(Detections.ruleIds(Detections.inFile("/root/.ssh/id_ed25519", pem)))
                .containsExactly("ssh-private-key-file");
        assertThat(Detections.inFile("/root/.ssh/id_ed25519.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
                + TestSecrets.random(TestSecrets.BASE64, 43) + " me@host\n")).isEmpty();
    }

    @Test
    void shouldIgnorePublicMaterialWhenNoPrivateKey() {
        String text = TestSecrets.pem("PUBLIC KEY") + TestSecrets.pem("CERTIFICATE")
                + TestSecrets.pem("RSA PUBLIC KEY") + "ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB" + TestSecrets.random(
                TestSecrets.BASE64, 200) + " me@host\n";

        assertThat(Detections.inFile("/etc/ssl/bundle.pem", text)).isEmpty();
    }
}
