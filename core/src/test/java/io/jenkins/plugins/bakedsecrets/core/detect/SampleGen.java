package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

/** Random values in real token alphabets, from a given random source (seeded for the corpus, fresh in tests). */
final class SampleGen {
    static final String DIGITS = "0123456789";
    static final String HEX = "0123456789abcdef";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String ALNUM = DIGITS + UPPER + LOWER;
    static final String URLSAFE = ALNUM + "-_";
    static final String BASE64 = ALNUM + "+/";
    static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private final Random random;

    SampleGen(Random random) {
        this.random = random;
    }

    /**
     * Random characters of the alphabet. A draw that reads as a placeholder (about one in 20,000 for 60 characters
     * contain "xxxx" or "your_") is drawn again, so a sample never fails its rule by chance.
     */
    String pick(String alphabet, int length) {
        String s = draw(alphabet, length);
        for (int attempt = 0; length >= 4 && attempt < 100 && Placeholders.isPlaceholder(s); attempt++) {
            s = draw(alphabet, length);
        }
        return s;
    }

    private String draw(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    String alnum(int n) {
        return pick(ALNUM, n);
    }

    String hex(int n) {
        return pick(HEX, n);
    }

    String urlsafe(int n) {
        return pick(URLSAFE, n);
    }

    String digits(int n) {
        return pick(DIGITS.substring(1), 1) + pick(DIGITS, n - 1);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    String base64Bytes(int n) {
        return Base64.getEncoder().encodeToString(bytes(n));
    }

    String base64Url(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + pick("89ab", 1) + hex(3) + "-" + hex(12);
    }

    /** GitHub/npm style: prefix + 30 base62 + six-character base62 CRC32 of the 30. */
    String crc32Base62(String prefix) {
        String body = alnum(30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long v = crc.getValue();
        char[] sum = new char[6];
        for (int i = 5; i >= 0; i--) {
            sum[i] = ALNUM.charAt((int) (v % 62));
            v /= 62;
        }
        return prefix + body + new String(sum);
    }

    /** A GitLab routable token: base64url(16 random bytes, routing payload, payload size) . 01 . length + CRC32. */
    String gitlabRoutable(String prefix) {
        String payload = "o:" + Long.toString(1 + nextInt(900000), 36) + "\nu:" + Long.toString(1 + nextInt(9000000),
                36);
        byte[] rnd = bytes(16);
        byte[] p = payload.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[rnd.length + p.length + 1];
        System.arraycopy(rnd, 0, all, 0, rnd.length);
        System.arraycopy(p, 0, all, rnd.length, p.length);
        all[all.length - 1] = (byte) p.length;
        String b64 = base64Url(all);
        String len = Integer.toString(b64.length(), 36);
        String encoded = prefix + b64 + ".01." + (len.length() < 2 ? "0" + len : len);
        CRC32 crc = new CRC32();
        crc.update(encoded.getBytes(StandardCharsets.US_ASCII));
        String c = Long.toString(crc.getValue(), 36);
        return encoded + "0".repeat(7 - c.length()) + c;
    }

    /** A PyPI token: pypi- + base64url of a binary v2 macaroon whose location is pypi.org. */
    String pypiToken() {
        String id = "{\"nonce\": \"" + hex(32) + "\", \"version\": 1}";
        byte[] loc = "pypi.org".getBytes(StandardCharsets.US_ASCII);
        byte[] ident = id.getBytes(StandardCharsets.US_ASCII);
        byte[] sig = bytes(32);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(2);
        out.write(1);
        out.write(loc.length);
        out.writeBytes(loc);
        out.write(2);
        out.write(ident.length);
        out.writeBytes(ident);
        out.write(0);
        out.write(0);
        out.write(6);
        out.write(32);
        out.writeBytes(sig);
        return "pypi-" + base64Url(out.toByteArray());
    }

    /** A Jenkins secret as credentials.xml stores it: {base64(version 1, IV length, data length, IV, data)}. */
    String jenkinsSecret() {
        int dataLength = 32;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + 4 + 16 + dataLength);
        b.put((byte) 1).putInt(16).putInt(dataLength).put(bytes(16)).put(bytes(dataLength));
        return "{" + Base64.getEncoder().encodeToString(b.array()) + "}";
    }
}
