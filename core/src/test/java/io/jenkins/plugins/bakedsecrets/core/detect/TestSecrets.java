package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Generates fresh secrets in real formats, so no real secret is ever committed. */
final class TestSecrets {
    static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String BASE64 = ALNUM + "+/";
    static final String URLSAFE = ALNUM + "-_";

    private TestSecrets() {
    }

    static String random(String alphabet, int length) {
        return PlantedSecrets.random(alphabet, length);
    }

    /** A GitHub-style token with a correct checksum, computed independently of the rule's validator. */
    static String checksummed(String prefix) {
        return PlantedSecrets.checksummed(prefix);
    }

    static String githubToken() {
        return PlantedSecrets.githubToken();
    }

    static String awsAccessKeyId() {
        return PlantedSecrets.awsAccessKeyId();
    }

    static String awsSecretKey() {
        return PlantedSecrets.awsSecretKey();
    }

    /** Changes one character of the random part (keeping the alphabet), which breaks any checksum. */
    static String mutate(String token, int index) {
        char c = token.charAt(index);
        char replacement = c == 'a' ? 'b' : 'a';
        return token.substring(0, index) + replacement + token.substring(index + 1);
    }

    static String jwt() {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = enc.encodeToString(("{\"sub\":\"" + random(ALNUM, 12) + "\",\"iat\":1700000000}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + random(URLSAFE, 43);
    }

    /** A real PEM-encoded PKCS#8 RSA private key, generated now. */
    static String pkcs8Pem() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(1024);
            byte[] der = gen.generateKeyPair().getPrivate().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PEM block of the given label with a random body (enough for detection, which never parses keys). */
    static String pem(String label) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(random(ALNUM, 600).getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
