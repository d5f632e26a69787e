package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;

/** Private-key DER in the encodings PEM files carry, generated from the sample's random source. */
final class KeyMaterial {
    private KeyMaterial() {
    }

    /** PKCS#8 DER of a fresh key; the generator is seeded from the sample source so the corpus is reproducible. */
    static byte[] pkcs8(String algorithm, SampleGen g) {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(g.bytes(32));
            KeyPairGenerator gen = KeyPairGenerator.getInstance(algorithm);
            gen.initialize("EC".equals(algorithm) ? 256 : 1024, seeded);
            return gen.generateKeyPair().getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#1 RSA: the OCTET STRING inside the PKCS#8 wrapper. */
    static byte[] pkcs1Rsa(SampleGen g) {
        return innerOctets(pkcs8("RSA", g));
    }

    /** SEC1 EC: the OCTET STRING inside the PKCS#8 wrapper. */
    static byte[] sec1Ec(SampleGen g) {
        return innerOctets(pkcs8("EC", g));
    }

    /** An OpenSSH private key container: magic, unencrypted cipher and KDF, one key, random key blob. */
    static byte[] openssh(SampleGen g) {
        ByteBuffer b = ByteBuffer.allocate(600);
        b.put("openssh-key-v1\u0000".getBytes(StandardCharsets.US_ASCII));
        putString(b, "none".getBytes(StandardCharsets.US_ASCII));
        putString(b, "none".getBytes(StandardCharsets.US_ASCII));
        putString(b, new byte[0]);
        b.putInt(1);
        putString(b, g.bytes(51));
        putString(b, g.bytes(144));
        return Arrays.copyOf(b.array(), b.position());
    }

    /** An encrypted PKCS#8 structure: a DER SEQUENCE with random ciphertext. */
    static byte[] encrypted(SampleGen g) {
        byte[] body = g.bytes(700);
        byte[] der = new byte[body.length + 4];
        der[0] = 0x30;
        der[1] = (byte) 0x82;
        der[2] = (byte) (body.length >> 8);
        der[3] = (byte) body.length;
        System.arraycopy(body, 0, der, 4, body.length);
        return der;
    }

    private static void putString(ByteBuffer b, byte[] value) {
        b.putInt(value.length).put(value);
    }

    /** Walks SEQUENCE { INTEGER, SEQUENCE, OCTET STRING } and returns the OCTET STRING's content. */
    private static byte[] innerOctets(byte[] der) {
        int[] pos = {0};
        header(der, pos);
        skip(der, pos);
        skip(der, pos);
        int len = header(der, pos);
        return Arrays.copyOfRange(der, pos[0], pos[0] + len);
    }

    private static void skip(byte[] der, int[] pos) {
        int len = header(der, pos);
        pos[0] += len;
    }

    private static int header(byte[] der, int[] pos) {
        pos[0]++;
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int len = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            len = len << 8 | der[pos[0]++] & 0xff;
        }
        return len;
    }
}
