package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.DigestMismatchException;
import io.jenkins.plugins.bakedsecrets.core.image.ReadThroughInputStream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hashes a stream as it is read and throws {@link DigestMismatchException} at end of stream when the content does not
 * match its digest, so that a layer is verified without buffering it.
 */
public final class VerifyingInputStream extends FilterInputStream {
    private final MessageDigest digest;
    private final String expected;
    private final String what;
    private boolean checked;

    private VerifyingInputStream(InputStream raw, MessageDigest digest, String expected, String what) {
        super(raw);
        this.digest = digest;
        this.expected = expected;
        this.what = what;
    }

    /**
     * Wraps a raw stream.
     *
     * @param raw the content as received
     * @param expectedDigest {@code sha256:hex} or {@code sha512:hex}
     * @param what what is read, for the error message, for example {@code layer sha256:ab12...}
     * @throws IllegalArgumentException when the digest algorithm is not supported
     */
    public static InputStream verifying(InputStream raw, String expectedDigest, String what) {
        return new VerifyingInputStream(raw, newDigest(expectedDigest), expectedDigest, what);
    }

    /** A message digest for the algorithm of a digest string. */
    static MessageDigest newDigest(String digest) {
        int colon = digest.indexOf(':');
        String algorithm = colon < 0 ? "" : digest.substring(0, colon).toLowerCase(Locale.ROOT);
        try {
            return switch (algorithm) {
                case "sha256" -> MessageDigest.getInstance("SHA-256");
                case "sha512" -> MessageDigest.getInstance("SHA-512");
                default -> throw new IllegalArgumentException("unsupported digest '" + digest + "'");
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** The digest of bytes in the algorithm of another digest. */
    static String digestOf(byte[] bytes, String like) {
        MessageDigest md = newDigest(like);
        return like.substring(0, like.indexOf(':')) + ":" + HexFormat.of().formatHex(md.digest(bytes));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be hashed too, so skip by reading.
        return ReadThroughInputStream.skipByReading(this, n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: rewinding would hash bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported while verifying " + what);
    }

    private void verify() {
        if (checked) {
            return;
        }
        checked = true;
        String algorithm = expected.substring(0, expected.indexOf(':'));
        String actual = algorithm + ":" + HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(expected)) {
            throw new DigestMismatchException(what, expected, actual);
        }
    }
}
