package io.jenkins.plugins.bakedsecrets.core.image;

import io.airlift.compress.zstd.ZstdInputStream;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A blob stream that decompresses on the fly and, at its end, checks the compressed bytes against the blob digest
 * and size and the uncompressed bytes against the diff ID. Nothing is buffered beyond a read buffer.
 */
final class VerifyingBlobStream extends ReadThroughInputStream {
    private static final int BUFFER = 64 * 1024;

    private final Expectation expected;
    private final CountingStream raw;
    private final InputStream decoded;
    private final MessageDigest uncompressedHash;
    private boolean finished;

    /**
     * What the stream must turn out to be.
     *
     * @param what how errors name the blob, for example {@code layer 2 (sha256:...)}
     * @param blobDigest digest of the raw bytes, checked when {@code checkBlob}
     * @param size raw size, or -1 when unknown
     * @param checkBlob whether the raw bytes must match {@code blobDigest}
     * @param diffId digest of the decompressed bytes, when one is known
     * @param decompress whether to decompress (layers) or pass bytes through (attestations)
     */
    record Expectation(String what, String blobDigest, long size, boolean checkBlob, Optional<String> diffId,
                       boolean decompress) {
    }

    private VerifyingBlobStream(Expectation expected, CountingStream raw, InputStream decoded) {
        this.expected = expected;
        this.raw = raw;
        this.decoded = decoded;
        this.uncompressedHash = expected.diffId().map(Digests::hasher).orElseGet(Digests::sha256);
    }

    /** Opens the verifying stream over {@code source}, choosing the decompressor by magic bytes. */
    static InputStream open(InputStream source, Expectation expected) throws IOException {
        CountingStream raw = new CountingStream(source, Digests.hasher(expected.blobDigest()), expected);
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        try {
            InputStream decoded = expected.decompress() ? decoder(buffered) : buffered;
            return new VerifyingBlobStream(expected, raw, decoded);
        } catch (IOException | RuntimeException e) {
            // Explained before the source is closed: the explanation reads the rest of the blob for its digest.
            try {
                throw corrupt(expected, raw, e);
            } finally {
                buffered.close();
            }
        }
    }

    /**
     * Reads a blob's stored bytes to the end without decoding them, checks them as {@link #finish()} would (digest
     * and size, when {@code checkBlob}) and returns their digest: one hash per byte, for the layer cache's check.
     */
    static String storedDigest(InputStream source, Expectation expected) throws IOException {
        try (CountingStream raw = new CountingStream(source, Digests.hasher(expected.blobDigest()), expected)) {
            raw.transferTo(OutputStream.nullOutputStream());
            return checkStored(expected, raw);
        }
    }

    private static InputStream decoder(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        // The magic bytes win over the media type: mislabelled layers are common and the digests still hold.
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GzipMembers(in);
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return new ZstdInputStream(in);
        }
        return in;
    }


    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        int n;
        try {
            n = decoded.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            throw corrupt(expected, raw, e);
        }
        if (n < 0) {
            finish();
            return -1;
        }
        uncompressedHash.update(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }

    private void finish() throws IOException {
        finished = true;
        // Bytes after the compressed stream's end still belong to the blob and to its digest.
        raw.transferTo(OutputStream.nullOutputStream());
        String what = expected.what();
        checkStored(expected, raw);
        if (expected.diffId().isPresent()) {
            String actual = Digests.format(uncompressedHash);
            if (!actual.equals(expected.diffId().get())) {
                throw new DigestMismatchException(what, expected.diffId().get(), actual);
            }
        }
        if (decoded instanceof GzipMembers gzip && gzip.trailingBytes() > 0) {
            // Runtimes refuse such a layer; what the bytes hold is in no file system the scanner could walk.
            throw new ImageFormatException(what + " has " + gzip.trailingBytes() + " bytes after the end of its"
                    + " gzip stream");
        }
    }

    /**
     * Checks the stored bytes, all read, against the descriptor's digest and size when {@code checkBlob}, and returns
     * their digest.
     */
    private static String checkStored(Expectation expected, CountingStream raw) throws IOException {
        String actual = Digests.format(raw.hasher());
        if (expected.checkBlob()) {
            if (!actual.equals(expected.blobDigest())) {
                throw new DigestMismatchException(expected.what(), expected.blobDigest(), actual);
            }
            if (expected.size() >= 0 && raw.count() != expected.size()) {
                throw new ImageFormatException(expected.what() + " has " + raw.count()
                        + " bytes but its descriptor says " + expected.size());
            }
        }
        return actual;
    }

    /**
     * Explains a failure while decoding: the source's own I/O error is returned as it is; otherwise the blob is
     * corrupt, reported as a digest mismatch when its bytes do not match their digest, else as a format error.
     */
    private static IOException corrupt(Expectation expected, CountingStream raw, Exception e) throws IOException {
        if (e instanceof ScanException se) {
            throw se;
        }
        if (raw.failed() && e instanceof IOException io) {
            return io;
        }
        if (expected.checkBlob()) {
            // Bytes that do not match their digest explain the corruption better than the decoder's complaint.
            raw.transferTo(OutputStream.nullOutputStream());
            String actual = Digests.format(raw.hasher());
            if (!actual.equals(expected.blobDigest())) {
                throw new DigestMismatchException(expected.what(), expected.blobDigest(), actual);
            }
        }
        if (e instanceof java.io.EOFException) {
            throw new ImageFormatException(expected.what() + " is truncated: its compressed data ends early", e);
        }
        throw new ImageFormatException(expected.what() + " is not readable as compressed data: "
                + Digests.safeMessage(e), e);
    }

    /**
     * Counts and hashes what passes and remembers whether the source itself failed. It never reads more than one byte
     * beyond the size the descriptor gives, so that an endless or oversized blob fails at once.
     */
    private static final class CountingStream extends ReadThroughInputStream {
        private final InputStream in;
        private final MessageDigest hasher;
        private final Expectation expected;
        private final long limit;
        private long count;
        private boolean failed;

        CountingStream(InputStream in, MessageDigest hasher, Expectation expected) {
            this.in = in;
            this.hasher = hasher;
            this.expected = expected;
            this.limit = expected.size() >= 0 ? expected.size() : Long.MAX_VALUE;
        }

        MessageDigest hasher() {
            return hasher;
        }

        long count() {
            return count;
        }

        boolean failed() {
            return failed;
        }


        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long room = limit - count;
            int n;
            try {
                n = in.read(b, off, room >= len ? len : (int) room + 1);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
            if (n > 0) {
                hasher.update(b, off, n);
                count += n;
            }
            if (count > limit) {
                throw new ImageFormatException(expected.what() + " has more bytes than the " + limit
                        + " its descriptor says");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
