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
    private static final int MAX_JWT_PART = 16 * 1024;
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

    private static JsonNode decodeJson(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
