package io.jenkins.plugins.bakedsecrets.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key under which secret digests become fingerprints. Reports record {@link #keyId()} so that fingerprints made
 * under different keys are never compared. Same key and same secret give the same fingerprint, wherever and whenever
 * the secret is found.
 */
public final class FingerprintKey {
    /** Environment variable that may hold the key text. */
    public static final String ENVIRONMENT_VARIABLE = "BAKED_SECRETS_FINGERPRINT_KEY";
    private static final int MINIMUM_KEY_BYTES = 16;

    /** Key id of {@link #transport()}: reports carrying it must be re-keyed before they are stored or shown. */
    public static final String TRANSPORT_KEY_ID = "unkeyed-transport";
    private static final String TRANSPORT_PREFIX = "sha256:";

    private final byte[] key;
    private final String keyId;
    private final boolean generated;

    private FingerprintKey(byte[] key, boolean generated) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("a fingerprint key needs at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.generated = generated;
        byte[] id = SecretDigest.sha256().digest(("baked-secrets key id\0").getBytes(StandardCharsets.UTF_8));
        byte[] mac = hmac(this.key, id);
        this.keyId = "hmac-sha256:" + HexFormat.of().formatHex(mac, 0, 8);
    }

    /** A key from bytes (for example the contents of a key file). */
    public static FingerprintKey of(byte[] key) {
        return new FingerprintKey(key, false);
    }

    /** A random key for one run; fingerprints under it match nothing outside that run's report. */
    public static FingerprintKey generate() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new FingerprintKey(k, true);
    }

    /**
     * A pseudo-key whose "fingerprints" are the unkeyed digests ({@code sha256:<hex>}). It exists so that a Jenkins
     * agent can scan without holding the controller's key: the agent's report crosses the Remoting channel in memory
     * and the controller re-keys it with {@link Finding#rekey(FingerprintKey)} before anything is stored. A report
     * under this key must never be written to disk or shown.
     */
    public static FingerprintKey transport() {
        return new FingerprintKey();
    }

    private FingerprintKey() {
        this.key = new byte[0];
        this.generated = true;
        this.keyId = TRANSPORT_KEY_ID;
    }

    /** True for {@link #transport()}. */
    public boolean isTransport() {
        return TRANSPORT_KEY_ID.equals(keyId);
    }

    /** The digest behind a transport fingerprint, for re-keying. */
    static SecretDigest transportDigest(String fingerprint) {
        if (!fingerprint.startsWith(TRANSPORT_PREFIX)) {
            throw new IllegalArgumentException("not a transport fingerprint");
        }
        return SecretDigest.fromDigest(HexFormat.of().parseHex(fingerprint.substring(TRANSPORT_PREFIX.length())));
    }

    /** A short public identifier of the key, recorded in reports; derived one-way from the key. */
    public String keyId() {
        return keyId;
    }

    /** True when this key was generated for a single run. */
    public boolean isGenerated() {
        return generated;
    }

    /** The keyed fingerprint of a secret: {@code hmac-sha256:<hex>}. */
    public String fingerprint(SecretDigest digest) {
        Objects.requireNonNull(digest, "digest");
        if (isTransport()) {
            return TRANSPORT_PREFIX + HexFormat.of().formatHex(digest.bytes());
        }
        return "hmac-sha256:" + HexFormat.of().formatHex(hmac(key, digest.bytes()));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "FingerprintKey[" + keyId + "]";
    }
}
