package io.jenkins.plugins.bakedsecrets.core.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals entries with AES-256-GCM under a key derived from the cache key: nobody without the key learns anything
 * from an entry, and an entry that was truncated by a crash, altered, or written under another key fails to open.
 * The header and the entry's name are authenticated too, so an entry cannot be passed off under another name.
 */
final class EntrySeal {
    static final byte[] MAGIC = "BSLC".getBytes(StandardCharsets.US_ASCII);
    static final byte FORMAT = 1;
    static final int HEADER = MAGIC.length + 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sealing;
    private final byte[] naming;
    private final SecureRandom random;

    EntrySeal(byte[] cacheKey, SecureRandom random) throws GeneralSecurityException {
        this.sealing = new SecretKeySpec(derive(cacheKey, "baked-secrets cache entries"), "AES");
        this.naming = derive(cacheKey, "baked-secrets cache entry names");
        this.random = random;
    }

    /** A fresh MAC under the naming key, for building entry names. */
    Mac nameMac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(naming, "HmacSHA256"));
        return mac;
    }

    byte[] seal(String name, byte[] payload) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        Cipher gcm = cipher(Cipher.ENCRYPT_MODE, nonce, name);
        ByteBuffer out = ByteBuffer.allocate(HEADER + NONCE + gcm.getOutputSize(payload.length));
        out.put(MAGIC).put(FORMAT).put(nonce);
        gcm.doFinal(ByteBuffer.wrap(payload), out);
        return out.array();
    }

    /** The payload, or an exception when the entry is not one this key sealed under this name. */
    byte[] open(String name, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < HEADER + NONCE + TAG_BITS / 8
                || !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length) || sealed[MAGIC.length] != FORMAT) {
            throw new GeneralSecurityException("not a cache entry of this format");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, HEADER, HEADER + NONCE);
        return cipher(Cipher.DECRYPT_MODE, nonce, name).doFinal(sealed, HEADER + NONCE, sealed.length - HEADER - NONCE);
    }

    private Cipher cipher(int mode, byte[] nonce, String name) throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, sealing, new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(MAGIC);
        gcm.updateAAD(new byte[] {FORMAT});
        gcm.updateAAD(name.getBytes(StandardCharsets.US_ASCII));
        return gcm;
    }

    private static byte[] derive(byte[] key, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    }
}
