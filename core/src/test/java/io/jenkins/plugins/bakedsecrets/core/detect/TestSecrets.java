package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/** Generates fresh secrets in real formats, so no real secret is ever committed. */
final class TestSecrets {
    static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String BASE64 = ALNUM + "+/";
    static final String URLSAFE = ALNUM + "-_";
    private static final Random RANDOM = new SecureRandom();

    private TestSecrets() {
    }

    static String random(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A GitHub-style token with a correct checksum, computed here independently of the rule's validator. */
    static String checksummed(String prefix) {
        String body = random(ALNUM, 30);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long v = crc.getValue();
        char[] sum = new char[6];
        for (int i = 5; i >= 0; i--) {
            sum[i] = ALNUM.charAt((int) (v % 62));
            v /= 62;
        }
        return prefix + body + new String(sum);
    }

    static String githubToken() {
        return checksummed("ghp_");
    }

    static String awsAccessKeyId() {
        return "AKIA" + random(BASE32, 16);
    }

    static String awsSecretKey() {
        return random(BASE64, 40);
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
