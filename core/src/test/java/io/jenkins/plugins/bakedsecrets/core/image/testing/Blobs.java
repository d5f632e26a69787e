package io.jenkins.plugins.bakedsecrets.core.image.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Content-addressed blobs collected while building test images, plus JSON and digest helpers. */
final class Blobs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> byDigest = new LinkedHashMap<>();

    /** Stores a blob and returns its digest. */
    String put(byte[] content) {
        String digest = sha256(content);
        byDigest.putIfAbsent(digest, content.clone());
        return digest;
    }

    /** The blobs by digest, in insertion order. */
    Map<String, byte[]> all() {
        return byDigest;
    }

    static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A descriptor as JSON. */
    static Map<String, Object> descriptor(String mediaType, String digest, long size) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mediaType", mediaType);
        d.put("digest", digest);
        d.put("size", size);
        return d;
    }
}
