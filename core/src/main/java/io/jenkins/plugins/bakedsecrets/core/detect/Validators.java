package io.jenkins.plugins.bakedsecrets.core.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/** Offline structure checks used by the built-in rules. */
final class Validators {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int CHECKSUM_LENGTH = 6;
    static final int MAX_JWT_PART = 16 * 1024;
    private static final int ROUTABLE_CRC = 7;
    private static final int ROUTABLE_RANDOM = 16;
    // Parts are capped at MAX_JWT_PART, so Jackson's default read constraints bound the work.
    private static final ObjectMapper JSON = new ObjectMapper();

    private Validators() {
    }

    /**
     * GitHub and npm tokens: {@code prefix_} + 30 random base62 characters + the CRC32 of those characters in base62,
     * left-padded with zeros to six characters.
     */
    static boolean crc32Base62Checksum(String token) {
        String body = token.substring(token.indexOf('_') + 1);
        if (body.length() <= CHECKSUM_LENGTH) {
            return false;
        }
        String random = body.substring(0, body.length() - CHECKSUM_LENGTH);
        return body.endsWith(base62Crc32(random));
    }

    /** The six-character base62 CRC32 of {@code text} (the checksum GitHub and npm tokens end with). */
    static String base62Crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            out[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(out);
    }

    /** AWS access key ids: a four-letter prefix and sixteen base32 characters (A-Z, 2-7). */
    static boolean awsAccessKeyShape(String id) {
        return id.length() == 20 && id.substring(4).chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '2' && c <= '7');
    }

    /** JWTs: header and payload are base64url JSON objects and the header names an algorithm. */
    static boolean jwt(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || parts[0].length() > MAX_JWT_PART || parts[1].length() > MAX_JWT_PART) {
            return false;
        }
        JsonNode header = decodeJson(parts[0]);
        JsonNode payload = decodeJson(parts[1]);
        return header != null && header.isObject() && header.has("alg") && payload != null && payload.isObject();
    }

    /** Docker {@code auths.*.auth}: base64 of {@code user:password} with a non-empty password. */
    static boolean dockerAuth(String value) {
        try {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * GitLab routable tokens: {@code prefix base64url(random, payload, payload size) . 01 . length} (length in base
     * 36, two characters), then the CRC32 of everything before it in base 36, seven characters. The payload must
     * name an organisation ({@code o:}).
     */
    static boolean gitlabRoutable(String token) {
        int crcStart = token.length() - ROUTABLE_CRC;
        int dash = token.indexOf('-');
        int dot = token.indexOf(".01.", dash);
        if (dash < 0 || dot < 0 || dot + 4 + 2 != crcStart) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(token.substring(0, crcStart).getBytes(StandardCharsets.US_ASCII));
        String expected = Long.toString(crc.getValue(), 36);
        expected = "0".repeat(ROUTABLE_CRC - expected.length()) + expected;
        String b64 = token.substring(dash + 1, dot);
        return token.endsWith(expected) && token.substring(dot + 4, crcStart).equals(base36Length(b64.length()))
                && routingPayload(b64);
    }

    private static String base36Length(int length) {
        String s = Integer.toString(length, 36);
        return s.length() < 2 ? "0" + s : s;
    }

    private static boolean routingPayload(String b64) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(b64);
            int size = raw.length > 0 ? raw[raw.length - 1] & 0xff : -1;
            int start = raw.length - 1 - size;
            return start >= ROUTABLE_RANDOM && new String(raw, start, size, StandardCharsets.US_ASCII).contains("o:");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** PyPI tokens: base64url of a binary (v2) macaroon whose first field is the location pypi.org or test.pypi.org. */
    static boolean pypiMacaroon(String token) {
        String body = token.substring(token.indexOf('-') + 1);
        try {
            byte[] raw = Base64.getUrlDecoder().decode(body.substring(0, Math.min(body.length(), 64) & ~3));
            if (raw.length < 4 || raw[0] != 2 || raw[1] != 1) {
                return false;
            }
            int len = raw[2] & 0xff;
            String location = new String(raw, 3, Math.min(len, raw.length - 3), StandardCharsets.US_ASCII);
            return len <= raw.length - 3 && ("pypi.org".equals(location) || "test.pypi.org".equals(location));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Jenkins secrets: version byte 1, a 16-byte IV length and a data length matching the rest of the payload. */
    static boolean jenkinsSecret(String value) {
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(value));
            if (b.remaining() < 9 || b.get() != 1) {
                return false;
            }
            int iv = b.getInt();
            int data = b.getInt();
            return iv == 16 && data > 0 && b.remaining() == iv + data;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static JsonNode decodeJson(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
