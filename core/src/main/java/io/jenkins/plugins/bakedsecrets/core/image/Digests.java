package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Digest checks shared by every source, so that all of them verify content the same way. */
final class Digests {
    /** Largest manifest, index or config read into memory. */
    static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

    private static final Pattern VALID = Pattern.compile("sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}");

    private Digests() {
    }

    /** True for a {@code sha256:} or {@code sha512:} digest with lower-case hex of the right length. */
    static boolean isValid(String digest) {
        return VALID.matcher(digest).matches();
    }

    /** A fresh hasher for the algorithm of {@code digest}. */
    static MessageDigest hasher(String digest) {
        if (!isValid(digest)) {
            throw new ImageFormatException("unsupported or malformed digest '" + shorten(digest) + "'");
        }
        return newHasher(digest.startsWith("sha512:") ? "SHA-512" : "SHA-256");
    }

    /** A SHA-256 hasher. */
    static MessageDigest sha256() {
        return newHasher("SHA-256");
    }

    /** Formats a finished hasher as {@code algorithm:hex}. */
    static String format(MessageDigest hasher) {
        String alg = "SHA-512".equals(hasher.getAlgorithm()) ? "sha512:" : "sha256:";
        return alg + HexFormat.of().formatHex(hasher.digest());
    }

    /** The {@code sha256:hex} of some bytes. */
    static String sha256(byte[] data) {
        MessageDigest md = sha256();
        md.update(data);
        return format(md);
    }

    /** Throws {@link DigestMismatchException} unless {@code data} has {@code digest}. */
    static void verify(byte[] data, String digest, String what) {
        MessageDigest md = hasher(digest);
        md.update(data);
        String actual = format(md);
        if (!actual.equals(digest)) {
            throw new DigestMismatchException(what, digest, actual);
        }
    }

    /** The layout path {@code blobs/ALG/HEX} of a digest. */
    static String blobPath(String digest) {
        if (!isValid(digest)) {
            throw new ImageFormatException("unsupported or malformed digest '" + shorten(digest) + "'");
        }
        int colon = digest.indexOf(':');
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    /**
     * Reads a whole small document, refusing more than {@code limit} bytes.
     *
     * @throws ImageFormatException naming {@code what} when it is larger
     */
    static byte[] readBounded(InputStream in, int limit, String what) throws IOException {
        byte[] data = in.readNBytes(limit + 1);
        if (data.length > limit) {
            throw new ImageFormatException(what + " is larger than " + limit + " bytes");
        }
        return data;
    }

    /**
     * A library exception's message fit for our messages: quoted parts are dropped because decoders quote the bytes
     * they choke on, and those bytes may belong to a secret.
     */
    static String safeMessage(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return shorten(message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\""));
    }

    /** Cuts untrusted text short enough for a one-line message. */
    static String shorten(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "..." : oneLine;
    }

    private static MessageDigest newHasher(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
