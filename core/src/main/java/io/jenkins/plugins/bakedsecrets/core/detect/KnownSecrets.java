package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import javax.crypto.Mac;

/**
 * Secret values the user knows (for example the CI credentials of the build) to search for in every encoding an image
 * might carry them in. Values stay in memory only; {@link #toString()} shows the count.
 */
public final class KnownSecrets {
    /** Shorter values would match by chance. */
    public static final int MIN_LENGTH = 8;
    /** Keeps a hostile or mistaken file from blowing up the automaton. */
    static final int MAX_VALUES = 1_000;
    /** Only this many leading bytes of each form go into the automaton; the rest is confirmed on a hit. */
    static final int AUTOMATON_KEY = 16;
    static final int MAX_LENGTH = 4096;
    /** The largest known-secrets file read: {@value #MAX_VALUES} values of the longest length fit in it. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private final List<String> values;

    private KnownSecrets(List<String> values) {
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("at most " + MAX_VALUES + " known secrets are supported");
        }
        this.values = List.copyOf(new LinkedHashSet<>(values));
    }

    /** No known secrets. */
    public static KnownSecrets none() {
        return new KnownSecrets(List.of());
    }

    /** The given values; each must have at least {@value #MIN_LENGTH} characters. */
    public static KnownSecrets of(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            check(values.get(i), "value " + (i + 1));
        }
        return new KnownSecrets(values);
    }

    /**
     * Reads one value per line (UTF-8; empty lines are skipped, a trailing CR is dropped). A value shorter than
     * {@value #MIN_LENGTH} characters is rejected with a message naming its line number only; an unreadable
     * file, one that is not a regular file (a FIFO or device would never end) or one over
     * {@value #MAX_FILE_BYTES} bytes gives a {@link ScanException}.
     */
    public static KnownSecrets load(Path file) {
        List<String> values = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(readBounded(file)), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String v = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (!v.isEmpty()) {
                    check(v, "line " + lineNumber);
                    values.add(v);
                }
            }
        } catch (IOException e) {
            throw new ScanException("cannot read known secrets file " + file + ": " + e.getMessage(), e);
        }
        return new KnownSecrets(values);
    }

    private static byte[] readBounded(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ScanException("known secrets file " + file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ScanException("known secrets file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static void check(String value, String where) {
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("known secret at " + where + " must have " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters");
        }
    }

    /** The number of distinct values. */
    public int size() {
        return values.size();
    }

    /**
     * Feeds the values, in a stable order and length-prefixed, into a keyed MAC: what a result depends on may be
     * remembered only under a key, never as an unkeyed digest of the secrets.
     */
    void identify(Mac keyed) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        keyed.update(ByteBuffer.allocate(Integer.BYTES).putInt(sorted.size()).array());
        for (String v : sorted) {
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            keyed.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            keyed.update(bytes);
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Every searchable encoding of every value. */
    List<KnownPattern> patterns() {
        List<KnownPattern> all = new ArrayList<>();
        for (String v : values) {
            SecretDigest digest = SecretDigest.of(v);
            String preview = Redaction.preview(v);
            for (KnownEncodings.Variant variant : KnownEncodings.variants(v)) {
                all.add(new KnownPattern(variant.bytes(), variant.encoding(), digest, preview));
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return "KnownSecrets[" + values.size() + " values]";
    }

    /** One searchable form of a known secret; holds bytes of the value, so it never prints them. */
    static final class KnownPattern {
        private final byte[] bytes;
        private final String encoding;
        private final SecretDigest digest;
        private final String preview;

        KnownPattern(byte[] bytes, String encoding, SecretDigest digest, String preview) {
            this.bytes = bytes.clone();
            this.encoding = encoding;
            this.digest = digest;
            this.preview = preview;
        }

        String encoding() {
            return encoding;
        }

        SecretDigest digest() {
            return digest;
        }

        String preview() {
            return preview;
        }

        /** The leading bytes the automaton searches for, which keeps its size independent of value lengths. */
        byte[] automatonKey() {
            return Arrays.copyOf(bytes, keyLength());
        }

        int keyLength() {
            return Math.min(bytes.length, AUTOMATON_KEY);
        }

        /** Length of this form in bytes. */
        int length() {
            return bytes.length;
        }

        /**
         * True when the automaton key ending just before {@code keyEnd} starts exactly this pattern (case-sensitive)
         * and the whole pattern fits before {@code limit}.
         */
        boolean confirm(byte[] data, int keyEnd, int limit) {
            int start = keyEnd - keyLength();
            int end = start + bytes.length;
            return start >= 0 && end <= limit && Arrays.equals(data, start, end, bytes, 0, bytes.length);
        }

        @Override
        public String toString() {
            return "KnownPattern[" + encoding + "]";
        }
    }
}
