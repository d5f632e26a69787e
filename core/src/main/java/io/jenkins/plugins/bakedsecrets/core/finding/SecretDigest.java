package io.jenkins.plugins.bakedsecrets.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * An unkeyed SHA-256 of a secret value, held in memory only between detection and keying. It is never written to a
 * report (an unkeyed hash invites a dictionary attack); {@link FingerprintKey#fingerprint(SecretDigest)} turns it
 * into the keyed fingerprint that reports carry. Splitting the two lets an agent detect secrets while the key stays
 * on the controller.
 */
public final class SecretDigest {
    private final byte[] digest;

    private SecretDigest(byte[] digest) {
        this.digest = digest;
    }

    /** Digests a secret given as characters (UTF-8). */
    public static SecretDigest of(CharSequence secret) {
        return ofBytes(secret.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Digests a secret given as bytes. */
    public static SecretDigest ofBytes(byte[] secret) {
        return new SecretDigest(sha256().digest(secret));
    }

    /** Wraps a digest computed elsewhere (for example over a whole key file while it streamed past). */
    public static SecretDigest fromDigest(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        return new SecretDigest(sha256.clone());
    }

    /** A fresh SHA-256 instance. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The digest's bytes, for code that keys or seals them (fingerprints, the layer cache's encrypted entries). They
     * must never be written anywhere as they are: an unkeyed digest of a secret invites a dictionary attack.
     */
    public byte[] bytes() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretDigest other && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    /** Never prints the digest: it is unkeyed. */
    @Override
    public String toString() {
        return "SecretDigest[redacted]";
    }
}
