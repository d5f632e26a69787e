package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.TextSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javax.crypto.Mac;

/**
 * Finds secrets in files, named values, free text and CI variables. Immutable and thread-safe: all scan state lives in
 * a per-call session, so one detector serves many threads.
 */
public final class SecretDetector {
    /** Lines longer than this are scanned in overlapping windows. */
    static final int WINDOW = 64 * 1024;
    /** Tokens up to this length crossing a window edge are still found whole. */
    static final int OVERLAP = 4 * 1024;
    /** Whole-file secrets (keystores) are digested up to this size; no real keystore comes close. */
    static final long MAX_WHOLE_FILE = 256L * 1024 * 1024;

    private final RuleSet rules;
    private final KnownSecrets known;
    private final DetectorTables tables;
    private final SecretSpans spans;

    private SecretDetector(RuleSet rules, KnownSecrets known) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.known = Objects.requireNonNull(known, "known");
        this.tables = new DetectorTables(rules, known);
        this.spans = new SecretSpans(tables);
    }

    /** A detector for the given rules and known secrets. */
    public static SecretDetector create(RuleSet rules, KnownSecrets known) {
        return new SecretDetector(rules, known);
    }

    /** A detector for the built-in rules and the given known secrets. */
    public static SecretDetector builtIn(KnownSecrets known) {
        return new SecretDetector(RuleSet.builtIn(), known);
    }

    /** The rules this detector applies. */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Feeds everything this detector's results depend on into a keyed MAC (the layer cache names entries by it): the
     * rule set's version, which changes with any rule, and the known secrets. Keyed, because the known secrets must
     * never be remembered as an unkeyed digest.
     */
    public void identify(Mac keyed) {
        byte[] version = rules.version().getBytes(StandardCharsets.UTF_8);
        keyed.update(ByteBuffer.allocate(Integer.BYTES).putInt(version.length).array());
        keyed.update(version);
        known.identify(keyed);
    }

    /**
     * Streams a file's bytes line by line in bounded memory (long lines in overlapping windows). {@code base} is a
     * FILE location with path and layer set; emitted locations carry the 1-based line. Files that are secrets by
     * name (key files, keystores) are reported once, digested whole, and not scanned further; empty ones are skipped.
     */
    public void scanFile(Location base, InputStream content, Consumer<DetectedSecret> sink) throws IOException {
        Optional<String> path = base.path();
        boolean byPath = tables.mayApplyByPath(path);
        if (byPath) {
            for (CompiledRule cr : tables.rules()) {
                if (cr.rule().kind() == RuleKind.FILE_PATH && cr.appliesTo(path)) {
                    wholeFile(cr.rule(), base, content, sink);
                    return;
                }
            }
        }
        scanLines(new ScanSession(tables, path, byPath, base::withLine, sink), content);
    }

    /**
     * A named value: image Env entry, label, annotation, build argument, attestation parameter; the location gets the
     * key. A key that is itself a secret (a label named with a token) is a location no report may print: where it
     * holds a secret, the location's key shows the secret's preview instead.
     */
    public void scanKeyValue(Location base, String key, String value, Consumer<DetectedSecret> sink) {
        String text = key + "=" + value;
        Location where = base.toBuilder().key(key).build();
        Location[] shown = new Location[1];
        scanString(where, text, d -> {
            if (shown[0] == null) {
                // Decided on the first finding only: most names hold no secret and most values have no finding.
                String masked = Redaction.previewSpans(key, TextSpan.within(secretSpans(text), 0, key.length()));
                shown[0] = masked.equals(key) ? where : where.toBuilder().key(masked).build();
            }
            sink.accept(shown[0] == where ? d : d.withLocation(shown[0]));
        }, ConfigFormat.ENTRY);
    }

    /**
     * Where in {@code text} any rule would flag a secret, in characters: the secret of every line rule (whatever file
     * type its path condition names), every PEM private-key block and every known secret. Reports mask these spans in
     * the text they copy from an image, such as history lines and annotations.
     */
    public List<TextSpan> secretSpans(String text) {
        return spans.find(text);
    }

    /** Free text such as a history {@code created_by} line or an Entrypoint/Cmd joined with spaces. */
    public void scanText(Location base, String text, Consumer<DetectedSecret> sink) {
        scanString(base, text, sink, ConfigFormat.NONE);
    }

    /**
     * A CI environment variable (base kind CI_ENV). Secret values are findings; ordinary CI variables (paths, URLs
     * without credentials, commit SHAs, build numbers, UUIDs, booleans) are not, because token rules need a token
     * format and the generic rule needs a secret-like name and a value that is none of those.
     */
    public void scanCiVariable(Location base, String key, String value, Consumer<DetectedSecret> sink) {
        scanKeyValue(base, key, value, sink);
    }

    private void scanString(Location where, String text, Consumer<DetectedSecret> sink, ConfigFormat syntax) {
        IntFunction<Location> fixed = line -> where;
        ScanSession session = new ScanSession(tables, Optional.empty(), false, fixed, sink).readAs(syntax);
        try {
            scanLines(session, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory read failed", e);
        }
    }

    private static void scanLines(ScanSession session, InputStream content) throws IOException {
        LineWindows lines = new LineWindows(content, WINDOW, OVERLAP);
        while (lines.next()) {
            session.line(lines.buffer(), lines.offset(), lines.length(), lines.lineNumber(), lines.ownedEnd());
        }
        session.finish();
    }

    private static void wholeFile(Rule rule, Location base, InputStream content, Consumer<DetectedSecret> sink)
            throws IOException {
        MessageDigest sha = SecretDigest.sha256();
        byte[] buf = new byte[64 * 1024];
        long size = 0;
        for (int n = content.read(buf); n >= 0 && size < MAX_WHOLE_FILE; n = content.read(buf)) {
            int take = (int) Math.min(n, MAX_WHOLE_FILE - size);
            sha.update(buf, 0, take);
            size += take;
        }
        if (size == 0) {
            return;
        }
        DetectedSecret found = new DetectedSecret(rule.id(), rule.title(), rule.severity(), base,
                SecretDigest.fromDigest(sha.digest()), Redaction.filePreview(size), Optional.empty());
        Optional<String> thirdParty = ThirdPartyContent.suffix(base.path());
        sink.accept(thirdParty.isPresent() ? ThirdPartyContent.mark(found, thirdParty.get()) : found);
    }

    @Override
    public String toString() {
        return "SecretDetector[" + rules + "]";
    }
}
