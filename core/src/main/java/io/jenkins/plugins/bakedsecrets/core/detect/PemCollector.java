package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Follows PEM private-key blocks across lines. The block is digested as it streams past, normalised (whitespace and
 * JSON {@code \n} escapes removed) so one key has one digest whether it sits in a file, a JSON string or an
 * environment variable; the key text itself is never kept.
 */
final class PemCollector {
    /** Larger blocks are cut off: no real private key comes near this size. */
    static final int MAX_BLOCK = 64 * 1024;
    static final String END_MARKER = "-----END ";
    /** A block open this many lines without an END marker is cut off (blank lines add no length). */
    static final int MAX_LINES = 4096;

    private int rule = -1;
    private Location begin;
    private MessageDigest digest;
    private String marker;
    private int length;
    private int lines;
    private boolean sawServiceAccount;
    private final List<Block> pendingJson = new ArrayList<>();
    private final IntFunction<Optional<TokenValidator>> validators;
    /** The open block's normalised body, kept only until the block closes so its structure can be checked. */
    private final StringBuilder body = new StringBuilder();

    /** A finished block: which rule, where it began, its digest, preview and offline check result. */
    record Block(int rule, Location location, SecretDigest digest, String preview, Optional<Boolean> validated,
                 boolean material) {
    }

    /** Shortest body a private key can have (SEC1 P-256 without its public key: 39 bytes, 52 characters). */
    static final int MIN_BODY = 44;
    /** Body characters after normalisation: base64 plus what RFC 1421 headers use (Proc-Type, DEK-Info). */
    private static final com.google.re2j.Pattern PEM_BODY = com.google.re2j.Pattern.compile("^[A-Za-z0-9+/=:.-]*$");

    PemCollector(IntFunction<Optional<TokenValidator>> validators) {
        this.validators = validators;
    }

    boolean active() {
        return rule >= 0;
    }

    void sawServiceAccount() {
        sawServiceAccount = true;
    }

    /** Feeds a line of an open block; returns the block when this line ends it (or it grew too large). */
    Optional<Block> continueBlock(String line) {
        int end = line.indexOf(END_MARKER);
        append(end < 0 ? line : line.substring(0, end));
        lines++;
        return end >= 0 || length > MAX_BLOCK || lines > MAX_LINES ? Optional.of(close()) : Optional.empty();
    }

    /**
     * Starts a block whose BEGIN marker ends at {@code markerEnd}. Returns the index after the block when it also ends
     * on this line (then the block was delivered to {@code out}), or -1 when the block stays open.
     */
    int begin(int ruleIndex, String line, int markerStart, int markerEnd, Location where, List<Block> out) {
        rule = ruleIndex;
        begin = where;
        marker = line.substring(markerStart, markerEnd);
        digest = SecretDigest.sha256();
        body.setLength(0);
        digest.update(marker.getBytes(StandardCharsets.UTF_8));
        length = marker.length();
        lines = 0;
        int end = line.indexOf(END_MARKER, markerEnd);
        if (end < 0) {
            append(line.substring(markerEnd));
            return -1;
        }
        String inline = line.substring(markerEnd, end);
        append(inline);
        Block block = close();
        if (inline.contains("\\n") && line.contains("\"private_key\"")) {
            pendingJson.add(block);
        } else {
            out.add(block);
        }
        return end + END_MARKER.length();
    }

    /** Blocks still open at the end of the input (cut off) and JSON-escaped keys, now that the whole file is known. */
    List<Block> finish(int serviceAccountRule) {
        List<Block> out = new ArrayList<>();
        if (active()) {
            out.add(close());
        }
        for (Block b : pendingJson) {
            boolean gcp = sawServiceAccount && serviceAccountRule >= 0;
            out.add(gcp ? new Block(serviceAccountRule, b.location(), b.digest(), b.preview(), b.validated(),
                    b.material()) : b);
        }
        pendingJson.clear();
        return out;
    }

    private void append(String part) {
        StringBuilder kept = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\\' && i + 1 < part.length() && (part.charAt(i + 1) == 'n' || part.charAt(i + 1) == 'r')) {
                i++;
            } else if (!Character.isWhitespace(c) && c != '"' && c != ',') {
                kept.append(c);
            }
        }
        int room = MAX_BLOCK + 1 - length;
        int take = Math.max(0, Math.min(room, kept.length()));
        digest.update(kept.substring(0, take).getBytes(StandardCharsets.ISO_8859_1));
        body.append(kept, 0, take);
        length += take;
    }

    private Block close() {
        String preview = Redaction.preview(marker + " ".repeat(Math.max(0, length - marker.length())));
        Optional<Boolean> validated = validators.apply(rule).map(v -> v.isValid(body.toString()));
        // A marker in code or documentation ("-----BEGIN PRIVATE KEY-----\n" + key, "<your key>") has no key body.
        boolean material = body.length() >= MIN_BODY && PEM_BODY.matcher(body).matches();
        Block block = new Block(rule, begin, SecretDigest.fromDigest(digest.digest()), preview, validated, material);
        body.setLength(0);
        rule = -1;
        digest = null;
        return block;
    }
}
