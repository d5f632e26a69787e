package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * BIP-32 extended private keys ({@code xprv}, {@code tprv}): Base58Check of 78 bytes (version, depth, parent
 * fingerprint, child number, chain code, then a zero byte and the 32-byte key) followed by the first four bytes
 * of the double SHA-256 of those 78 bytes.
 */
final class ExtendedKeys {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int PAYLOAD = 78;
    private static final int CHECKSUM = 4;
    private static final int KEY_MARKER = 45;
    private static final int MAINNET_PRIVATE = 0x0488ADE4;
    private static final int TESTNET_PRIVATE = 0x04358394;

    private ExtendedKeys() {
    }

    /** True when the text decodes to a private extended key whose checksum matches. */
    static boolean privateKey(String text) {
        byte[] raw = decodeBase58(text);
        if (raw.length != PAYLOAD + CHECKSUM) {
            return false;
        }
        int version = (raw[0] & 0xff) << 24 | (raw[1] & 0xff) << 16 | (raw[2] & 0xff) << 8 | raw[3] & 0xff;
        byte[] payload = Arrays.copyOf(raw, PAYLOAD);
        return (version == MAINNET_PRIVATE || version == TESTNET_PRIVATE) && raw[KEY_MARKER] == 0
                && Arrays.equals(checksum(payload), Arrays.copyOfRange(raw, PAYLOAD, raw.length));
    }

    /** The first four bytes of SHA-256(SHA-256(payload)). */
    static byte[] checksum(byte[] payload) {
        MessageDigest sha = SecretDigest.sha256();
        byte[] once = sha.digest(payload);
        return Arrays.copyOf(sha.digest(once), CHECKSUM);
    }

    /** Base58 text as bytes (each leading '1' is a zero byte); empty when a character is outside the alphabet. */
    static byte[] decodeBase58(String text) {
        BigInteger value = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(BASE58.length());
        for (int i = 0; i < text.length(); i++) {
            int digit = BASE58.indexOf(text.charAt(i));
            if (digit < 0) {
                return new byte[0];
            }
            value = value.multiply(radix).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int signByte = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] out = new byte[zeros + magnitude.length - signByte];
        System.arraycopy(magnitude, signByte, out, zeros, magnitude.length - signByte);
        return out;
    }
}
