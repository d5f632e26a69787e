package io.jenkins.plugins.bakedsecrets.core.testing;

import io.jenkins.plugins.bakedsecrets.core.detect.PlaceholderCheck;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Fresh, fake secrets in real formats, for tests that plant them in images and then prove they are found and never
 * leak. Generated per run, so no secret-looking value is committed.
 */
public final class PlantedSecrets {
    /** Base62, as GitHub and npm tokens use. */
    public static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String BASE64 = BASE62 + "+/";
    private static final Random RANDOM = new SecureRandom();

    private PlantedSecrets() {
    }

    /**
     * Random characters of an alphabet. A draw that reads as a placeholder (30 base62 characters hold "xxxx" about
     * once in 30,000 draws, whatever the case, and every rule rejects that) is drawn again, so a planted secret never
     * goes unreported by chance.
     */
    public static String random(String alphabet, int length) {
        String s = draw(alphabet, length);
        for (int attempt = 0; length >= 4 && attempt < 100 && PlaceholderCheck.readsAsPlaceholder(s); attempt++) {
            s = draw(alphabet, length);
        }
        return s;
    }

    private static String draw(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A GitHub classic token: 30 random base62 characters and their base62 CRC32. */
    public static String githubToken() {
        return checksummed("ghp_");
    }

    /** An npm token, checksummed like GitHub's. */
    public static String npmToken() {
        return checksummed("npm_");
    }

    /** An AWS access key id. */
    public static String awsAccessKeyId() {
        return "AKIA" + random(BASE32, 16);
    }

    /** An AWS secret access key (40 characters of base64). */
    public static String awsSecretKey() {
        return random(BASE64, 40);
    }

    /**
     * A high-entropy password with a digit and both cases, so that it never looks like a code identifier or a
     * constant name, which the generic rule rightly ignores.
     */
    public static String password() {
        return random(BASE62, 21) + random("0123456789", 1) + random("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)
                + random("abcdefghijklmnopqrstuvwxyz", 1);
    }

    /** A token as GitHub and npm issue them: 30 random base62 characters and their base62 CRC32, after a prefix. */
    public static String checksummed(String prefix) {
        String body = random(BASE62, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] check = new char[6];
        for (int i = 5; i >= 0; i--) {
            check[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return prefix + body + new String(check);
    }
}
