package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Offline checks that a PEM block's body is a key of its label: PKCS#8 parses with a JDK {@link KeyFactory}, PKCS#1
 * and SEC1 are DER sequences starting with version 0 or 1, OpenSSH starts with its magic. Bodies with RFC 1421 headers
 * (legacy encrypted PEM) cannot be parsed without the passphrase and count as valid.
 */
final class PemValidators {
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\u0000".getBytes(StandardCharsets.US_ASCII);
    private static final String[] ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448", "DSA", "X25519", "RSASSA-PSS"};

    private PemValidators() {
    }

    /** PKCS#8 {@code PRIVATE KEY}: one of the JDK key factories accepts it. */
    static boolean pkcs8(String body) {
        byte[] der = decode(body);
        if (der.length == 0) {
            return false;
        }
        for (String algorithm : ALGORITHMS) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                return true;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // Not this algorithm; try the next.
            }
        }
        return false;
    }

    /** PKCS#1, SEC1, DSA and encrypted PKCS#8: a DER SEQUENCE (legacy headers accepted, see the class comment). */
    static boolean derSequence(String body) {
        if (body.contains(":")) {
            return true;
        }
        byte[] der = decode(body);
        return der.length > 8 && der[0] == 0x30;
    }

    /** OpenSSH {@code OPENSSH PRIVATE KEY}: the decoded body starts with {@code openssh-key-v1\0}. */
    static boolean openssh(String body) {
        byte[] raw = decode(body);
        return raw.length > OPENSSH_MAGIC.length
                && Arrays.equals(Arrays.copyOf(raw, OPENSSH_MAGIC.length), OPENSSH_MAGIC);
    }

    private static byte[] decode(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.replace("-", "").replace("\\n", ""));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
