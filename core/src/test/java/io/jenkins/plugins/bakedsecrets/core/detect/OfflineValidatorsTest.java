package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline validators added for detection quality: each accepts a token generated here in the service's format and
 * rejects a one-character mutant, which is still reported, one severity lower, with {@code validated: false}.
 */
class OfflineValidatorsTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @Test
    void shouldValidateGitLabRoutableTokenWhenChecksumMatches() {
        String token = g.gitlabRoutable("glpat-");

        assertThat(Validators.gitlabRoutable(token)).isTrue();
        assertValidated("GITLAB_TOKEN", token, "gitlab-routable-token", Severity.HIGH);
        assertDowngraded("GITLAB_TOKEN", flip(token, 10), "gitlab-routable-token", Severity.MEDIUM);
    }

    @Test
    void shouldRejectGitLabRoutableTokenWhenLengthFieldWrong() {
        String token = g.gitlabRoutable("glpat-");
        int dot = token.lastIndexOf(".01.") + 4;
        String wrongLength = token.substring(0, dot) + "zz" + token.substring(dot + 2);

        assertThat(Validators.gitlabRoutable(wrongLength)).isFalse();
    }

    @Test
    void shouldValidatePypiTokenWhenMacaroonHeaderNamesPypi() {
        String token = g.pypiToken();

        assertValidated("TWINE_PASSWORD", token, "pypi-token", Severity.HIGH);
        // Character 18 ("m" of "vcmc") carries bits of the "g" in "pypi.org": the location no longer matches.
        String mutant = token.substring(0, 18) + "n" + token.substring(19);
        assertDowngraded("TWINE_PASSWORD", mutant, "pypi-token", Severity.MEDIUM);
    }

    @Test
    void shouldValidateJenkinsSecretWhenLengthsMatch() {
        String secret = g.jenkinsSecret();
        String xml = "<password>" + secret + "</password>\n";
        String body = secret.substring(1, secret.length() - 1);
        // Drop one character of the payload: the base64 no longer decodes to the lengths the header declares.
        String mutant = "<password>{" + body.substring(0, 40) + body.substring(44) + "}</password>\n";

        assertThat(Detections.inFile("/var/jenkins_home/credentials.xml", xml)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("jenkins-encrypted-secret");
            assertThat(d.validated()).contains(true);
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(Detections.inFile("/var/jenkins_home/credentials.xml", mutant)).singleElement().satisfies(d -> {
            assertThat(d.validated()).contains(false);
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void shouldValidatePkcs8KeyWhenKeyFactoryParsesIt() {
        String pem = FileSamples.pemText(KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY");
        // Line 2, character 1 is the DER SEQUENCE tag ('M' encodes 0x30): any other letter breaks the structure.
        String mutant = pem.replaceFirst("\nM", "\nA");

        assertPem("/app/tls.key", pem, "private-key-pkcs8", true, Severity.CRITICAL);
        assertPem("/app/tls.key", mutant, "private-key-pkcs8", false, Severity.HIGH);
    }

    @Test
    void shouldValidateRsaAndEcKeysWhenDerSequence() {
        String rsa = FileSamples.pemText(KeyMaterial.pkcs1Rsa(g), "RSA PRIVATE KEY");
        String ec = FileSamples.pemText(KeyMaterial.sec1Ec(g), "EC PRIVATE KEY");

        assertPem("/k/rsa.key", rsa, "private-key-rsa", true, Severity.CRITICAL);
        assertPem("/k/rsa.key", rsa.replaceFirst("\nM", "\nA"), "private-key-rsa", false, Severity.HIGH);
        assertPem("/k/ec.key", ec, "private-key-ec", true, Severity.CRITICAL);
        assertPem("/k/ec.key", ec.replaceFirst("\nM", "\nA"), "private-key-ec", false, Severity.HIGH);
    }

    @Test
    void shouldValidateOpenSshKeyWhenMagicPresent() {
        String pem = FileSamples.pemText(KeyMaterial.openssh(g), "OPENSSH PRIVATE KEY");
        // "b3Blb" encodes "openssh-"; changing its first character breaks the magic.
        String mutant = pem.replaceFirst("\nb3Bl", "\nc3Bl");

        assertPem("/root/key", pem, "private-key-openssh", true, Severity.CRITICAL);
        assertPem("/root/key", mutant, "private-key-openssh", false, Severity.HIGH);
    }

    @Test
    void shouldAcceptLegacyEncryptedPemWhenHeadersPresent() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
                + g.hex(32).toUpperCase(java.util.Locale.ROOT) + "\n\n" + g.base64Bytes(600) + "\n"
                + "-----END RSA PRIVATE KEY-----\n";

        assertPem("/k/legacy.key", pem, "private-key-rsa", true, Severity.CRITICAL);
    }

    private static void assertPem(String path, String pem, String rule, boolean valid, Severity severity) {
        List<DetectedSecret> found = Detections.inFile(path, pem);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(rule);
            assertThat(d.validated()).contains(valid);
            assertThat(d.severity()).isEqualTo(severity);
        });
    }

    private static void assertValidated(String key, String token, String rule, Severity severity) {
        assertThat(Detections.inKeyValue(key, token)).filteredOn(d -> d.ruleId().equals(rule)).singleElement()
                .satisfies(d -> {
                    assertThat(d.validated()).contains(true);
                    assertThat(d.severity()).isEqualTo(severity);
                });
    }

    private static void assertDowngraded(String key, String token, String rule, Severity severity) {
        assertThat(Detections.inKeyValue(key, token)).filteredOn(d -> d.ruleId().equals(rule)).singleElement()
                .satisfies(d -> {
                    assertThat(d.validated()).contains(false);
                    assertThat(d.severity()).isEqualTo(severity);
                });
    }

    /** Changes one character to another of the same alphabet. */
    private static String flip(String token, int index) {
        char c = token.charAt(index);
        char r = c == 'a' ? 'b' : 'a';
        return token.substring(0, index) + r + token.substring(index + 1);
    }
}
