package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Microsoft's identifiable keys (Azure Storage, Cosmos DB, Functions, Service Bus, ...): random bytes, a three-byte
 * service signature that shows in the base64 text (such as {@code ACDb}), and a four-byte Marvin32 checksum of
 * everything before it, stored little-endian in the last four bytes. Each kind of key has its own checksum seeds,
 * named by eight ASCII characters read as a big-endian number (such as {@code Default0}).
 */
final class IdentifiableKeys {
    private static final int CHECKSUM = 4;
    private static final int SEED_NAME = 8;

    private IdentifiableKeys() {
    }

    /** A validator accepting keys whose checksum matches one of the seeds named in {@code seedNames}. */
    static TokenValidator checksum(String... seedNames) {
        long[] seeds = Arrays.stream(seedNames).mapToLong(IdentifiableKeys::seed).toArray();
        return candidate -> matches(candidate, seeds);
    }

    /** The seed an eight-character name stands for: its ASCII bytes as a big-endian 64-bit number. */
    static long seed(String name) {
        if (name.length() != SEED_NAME) {
            throw new IllegalArgumentException("a checksum seed name has eight characters: " + name);
        }
        long v = 0;
        for (byte b : name.getBytes(StandardCharsets.US_ASCII)) {
            v = (v << 8) | (b & 0xff);
        }
        return v;
    }

    /** The checksum stored in the last four bytes of a key, little-endian. */
    static int storedChecksum(byte[] key) {
        int n = key.length;
        return (key[n - 4] & 0xff) | (key[n - 3] & 0xff) << 8 | (key[n - 2] & 0xff) << 16 | (key[n - 1] & 0xff) << 24;
    }

    private static boolean matches(String candidate, long[] seeds) {
        byte[] key = decode(candidate);
        if (key.length <= CHECKSUM) {
            return false;
        }
        int stored = storedChecksum(key);
        for (long s : seeds) {
            if (Marvin.hash32(key, key.length - CHECKSUM, s) == stored) {
                return true;
            }
        }
        return false;
    }

    /** Standard or URL-safe base64, padded or not (the decoder does not need the padding); empty when neither. */
    static byte[] decode(String text) {
        String standard = text.replace('-', '+').replace('_', '/');
        try {
            return Base64.getDecoder().decode(standard);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
