package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The per-call state of one scan (one file, value or text): prefilter hits of the current line, the open PEM block
 * and the values already reported on this line. Lines without a prefilter hit are never decoded.
 */
final class ScanSession implements KeywordAutomaton.HitSink, FormatValues.Sink {
    /** Text lines longer than this are matched only around keyword hits (see {@link #regions}). */
    static final int LONG_LINE = 4096;
    /** How far around a keyword hit a line rule's match may reach in a long line. */
    static final int NEIGHBOURHOOD = 1024;
    private static final int MAX_HIT_POSITIONS = 4096;
    private static final int SMALL_SET = 64;
    private static final int SNIFF = 8000;
    private final DetectorTables tables;
    private final IntFunction<Location> locator;
    private final Consumer<DetectedSecret> sink;
    private final Optional<String> path;
    /**
     * Whether each rule applies to this file's path: 0 not yet known, 1 yes, 2 no. Decided on first need, because
     * most rules never get a keyword hit in a file and their path conditions are regexes worth not running.
     */
    private final byte[] applies;
    private final int[] alwaysOn;
    private final boolean[] ruleHit;
    private final int[] hitRules;
    private int hitCount;
    private int[] knownHits = new int[16];
    private int knownCount;
    private final PemCollector pem;
    private Set<SecretDigest> seenOnLine = new HashSet<>();
    /** Where third-party content lies, decided on the first finding only: most files have none. */
    private Optional<String> thirdParty;
    /** Tokens whose stated expiry lies before this instant are reported as expired. */
    private final Instant now = Instant.now();
    private final SecretManifestCollector manifest;
    /** Context-keyed rules, and the generic rule where the file's syntax is known. */
    private ValueScan values;
    /** Where keywords ended in the current line, to confine regexes on long lines to the text around them. */
    private int[] hitEnds = new int[64];
    private int hitEndCount;
    private boolean tooManyHits;
    /** Whether the content is binary (a NUL in its first {@link #SNIFF} bytes) and how much of it was looked at. */
    private boolean binary;
    private long sniffed;
    /** The line being scanned, for the byte-level hit checks. */
    private byte[] lineData;
    private int lineEnd;

    /**
     * A session for one file or value; {@code byPath} tells whether a rule without keywords may apply to the path
     * (the caller has already asked {@link DetectorTables#mayApplyByPath}).
     */
    ScanSession(DetectorTables tables, Optional<String> path, boolean byPath, IntFunction<Location> locator,
                Consumer<DetectedSecret> sink) {
        this.tables = tables;
        this.locator = locator;
        this.sink = sink;
        List<CompiledRule> rules = tables.rules();
        this.path = path;
        this.applies = new byte[rules.size()];
        this.ruleHit = new boolean[rules.size()];
        this.hitRules = new int[rules.size()];
        int[] pathOnly = tables.pathOnlyRules();
        int[] always = new int[pathOnly.length];
        int on = 0;
        for (int i : pathOnly) {
            if (!byPath) {
                applies[i] = 2;
            } else if (enabled(i)) {
                always[on++] = i;
            }
        }
        this.alwaysOn = Arrays.copyOf(always, on);
        this.pem = new PemCollector(r -> rules.get(r).rule().validator());
        int k8s = tables.kubernetesSecretRule();
        this.manifest = k8s >= 0 && enabled(k8s) ? new SecretManifestCollector(rules.get(k8s).rule(), this::direct)
                : null;
        this.values = new ValueScan(tables, ConfigFormat.of(path));
    }

    /** Reads values by {@code syntax} instead of the path's; before the first line. */
    ScanSession readAs(ConfigFormat syntax) {
        this.values = new ValueScan(tables, syntax);
        return this;
    }

    @Override
    public void hit(int pattern, int end) {
        int[] targets = tables.keywordRules(pattern);
        if (targets.length == 0) {
            if (knownCount * 2 + 2 > knownHits.length) {
                knownHits = Arrays.copyOf(knownHits, knownHits.length * 2);
            }
            knownHits[knownCount * 2] = pattern;
            knownHits[knownCount * 2 + 1] = end;
            knownCount++;
            return;
        }
        for (int t = 0; t < targets.length; t++) {
            int r = targets[t];
            if (ruleHit[r]) {
                continue;
            }
            HitChecks.HitCheck check = tables.hitCheck(pattern, t);
            if (check == null || check.accepts(lineData, end, lineEnd) || values.acceptsAnyHit(r)) {
                markRule(r);
            }
        }
        if (hitEndCount == hitEnds.length && hitEnds.length < MAX_HIT_POSITIONS) {
            hitEnds = Arrays.copyOf(hitEnds, hitEnds.length * 2);
        }
        if (hitEndCount < hitEnds.length) {
            hitEnds[hitEndCount++] = end;
        } else {
            tooManyHits = true;
        }
    }

    /** Scans one line (or window of a long line); matches starting at or after {@code ownedEnd} belong to the next. */
    void line(byte[] data, int off, int len, int lineNumber, int ownedEnd) {
        hitCount = 0;
        knownCount = 0;
        hitEndCount = 0;
        tooManyHits = false;
        lineData = data;
        lineEnd = off + len;
        sniff(data, off, len);
        tables.automaton().scan(data, off, len, this);
        for (int r : alwaysOn) {
            markRule(r);
        }
        if (hitCount == 0 && knownCount == 0 && !pem.active() && !values.active()) {
            return;
        }
        Supplier<Location> where = new LazyLocation(locator, lineNumber);
        if (seenOnLine.size() > SMALL_SET) {
            seenOnLine = new HashSet<>();
        } else {
            seenOnLine.clear();
        }
        confirmKnown(data, off, len, ownedEnd, where);
        String text = new String(data, off, len, StandardCharsets.ISO_8859_1);
        if (pem.active()) {
            pem.continueBlock(text).ifPresent(this::emitBlock);
        }
        int[] order = Arrays.copyOf(hitRules, hitCount);
        Arrays.sort(order);
        if (manifest != null) {
            manifest.line(text, where);
        }
        int[] regions = regions(data, off, len);
        // The name-based rule reads source syntax (name = "value"); in binary content (class files, compiled
        // bytecode, message catalogues, executables) such text is a run of unrelated strings, never an assignment.
        // Looked at only when that rule was hit: most lines with keyword hits are for other rules.
        int generic = tables.genericAssignmentRule();
        int skipped = generic >= 0 && ruleHit[generic] && (binary || containsNul(data, off, len)) ? generic : -1;
        for (int r : order) {
            ruleHit[r] = false;
            if (r != tables.kubernetesSecretRule() && r != skipped && enabled(r) && !values.takes(r)) {
                evaluate(r, text, regions, ownedEnd, where);
            }
        }
        if (values.pending() && values.line(new ValueScan.Line(data, off, len, text, lineNumber, ownedEnd), binary,
                this)) {
            evaluate(generic, text, regions, ownedEnd, where);
        }
    }

    /**
     * The parts of the line a line rule is matched in, as {@code [start, end)} pairs. Short text lines are matched
     * whole. Elsewhere each keyword hit's neighbourhood is enough, because a line rule's secret sits next to its
     * keyword: in long lines (minified code) at most {@link #NEIGHBOURHOOD} characters either side, and in binary
     * content only the NUL-free run around the hit, since a secret in a binary is a C string. Matching every rule
     * over whole 64 KiB windows of binaries dominated scan time before.
     */
    private int[] regions(byte[] data, int off, int len) {
        if (tooManyHits || hitEndCount == 0 || (len <= LONG_LINE && !containsNul(data, off, len))) {
            return new int[] {0, len};
        }
        int[] ends = Arrays.copyOf(hitEnds, hitEndCount);
        Arrays.sort(ends);
        int[] out = new int[ends.length * 2];
        int n = 0;
        for (int e : ends) {
            int hit = Math.min(len, Math.max(0, e - off));
            int start = hit;
            int floor = Math.max(0, hit - NEIGHBOURHOOD);
            while (start > floor && data[off + start - 1] != 0) {
                start--;
            }
            int stop = hit;
            int ceiling = Math.min(len, hit + NEIGHBOURHOOD);
            while (stop < ceiling && data[off + stop] != 0) {
                stop++;
            }
            if (n > 0 && start <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], stop);
            } else {
                out[n++] = start;
                out[n++] = stop;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Decides, like git and grep do, that content is binary when a NUL byte occurs in its first {@link #SNIFF}
     * bytes. Compiled files (.pyc, .class) keep docstrings and constants as text lines between binary ones.
     */
    private void sniff(byte[] data, int off, int len) {
        if (sniffed < SNIFF && !binary) {
            int n = (int) Math.min(len, SNIFF - sniffed);
            binary = containsNul(data, off, n);
            sniffed += n;
        }
    }

    private static boolean containsNul(byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Emits what only the end of the input decides: cut-off PEM blocks and service-account keys. */
    void finish() {
        values.finish(this);
        pem.finish(tables.serviceAccountRule()).forEach(this::emitBlock);
        if (manifest != null) {
            manifest.flush();
        }
    }

    private boolean enabled(int r) {
        if (applies[r] == 0) {
            applies[r] = tables.rules().get(r).appliesTo(path) ? (byte) 1 : (byte) 2;
        }
        return applies[r] == 1;
    }

    private void markRule(int r) {
        if (!ruleHit[r]) {
            ruleHit[r] = true;
            hitRules[hitCount++] = r;
        }
    }

    private void confirmKnown(byte[] data, int off, int len, int ownedEnd, Supplier<Location> where) {
        for (int i = 0; i < knownCount; i++) {
            KnownSecrets.KnownPattern p = tables.known(knownHits[i * 2]);
            int end = knownHits[i * 2 + 1];
            boolean owned = end - p.keyLength() - off < ownedEnd;
            if (owned && p.confirm(data, end, off + len) && seenOnLine.add(p.digest())) {
                sink.accept(new DetectedSecret(DetectorTables.KNOWN_SECRET, "Known secret (" + p.encoding() + ")",
                        Severity.CRITICAL, where.get(), p.digest(), p.preview(), Optional.empty()));
            }
        }
    }

    private void evaluate(int r, String text, int[] regions, int ownedEnd, Supplier<Location> where) {
        CompiledRule cr = tables.rules().get(r);
        if (cr.rule().kind() == RuleKind.PEM_BLOCK) {
            evaluateBlock(r, cr, cr.pattern().matcher(text), text, ownedEnd, where);
            return;
        }
        for (int i = 0; i < regions.length; i += 2) {
            boolean whole = regions[i] == 0 && regions[i + 1] == text.length();
            String part = whole ? text : text.substring(regions[i], regions[i + 1]);
            Matcher m = cr.pattern().matcher(part);
            while (m.find() && m.start() + regions[i] < ownedEnd) {
                int g = CompiledRule.secretGroup(m);
                String secret = new String(part.substring(m.start(g), m.end(g)).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
                if (!cr.rejects(secret, m.group())) {
                    Optional<Instant> expiry = cr.rule().expiry().flatMap(e -> e.expiry(secret, part, m.start(),
                            m.end()));
                    emit(cr.rule(), secret, where.get(), expiry);
                }
            }
        }
    }

    private void evaluateBlock(int r, CompiledRule cr, Matcher m, String text, int ownedEnd,
                               Supplier<Location> where) {
        if (r == tables.serviceAccountRule()) {
            if (m.find()) {
                pem.sawServiceAccount();
            }
            return;
        }
        int from = 0;
        while (!pem.active() && from < text.length() && m.find(from) && m.start() < ownedEnd) {
            List<PemCollector.Block> done = new ArrayList<>();
            int after = pem.begin(r, text, m.start(), m.end(), where.get(), done);
            done.forEach(this::emitBlock);
            if (after < 0) {
                return;
            }
            from = after;
        }
    }

    private void emit(Rule rule, String secret, Location where, Optional<Instant> expiry) {
        SecretDigest digest = SecretDigest.of(secret);
        if (!seenOnLine.add(digest)) {
            return;
        }
        Optional<Boolean> validated = rule.validator().map(v -> v.isValid(secret));
        Severity severity = validated.orElse(true) ? rule.severity() : downgrade(rule.severity());
        String title = rule.title();
        if (expiry.isPresent() && expiry.get().isBefore(now)) {
            // Expired by its own statement: still reported (it was handled carelessly), but it opens nothing now.
            severity = severity.ordinal() < Severity.LOW.ordinal() ? Severity.LOW : severity;
            title = title + " (expired " + expiry.get().atOffset(ZoneOffset.UTC).toLocalDate() + ")";
        }
        deliver(new DetectedSecret(rule.id(), title, severity, where, digest, Redaction.preview(secret),
                validated, expiry));
    }

    /** A value read by name rather than by pattern, reported at the line the value starts on. */
    @Override
    public void accept(CompiledRule rule, String secret, int line) {
        emit(rule.rule(), secret, locator.apply(line), Optional.empty());
    }

    private void emitBlock(PemCollector.Block b) {
        if (!b.material()) {
            return;
        }
        Rule rule = tables.rules().get(b.rule()).rule();
        Severity severity = b.validated().orElse(true) ? rule.severity() : downgrade(rule.severity());
        deliver(new DetectedSecret(rule.id(), rule.title(), severity, b.location(), b.digest(), b.preview(),
                b.validated()));
    }

    /** Findings inside a Kubernetes data section wait for the document's kind; all others go out now. */
    private void deliver(DetectedSecret d) {
        if (manifest != null && manifest.holding()) {
            manifest.hold(d);
        } else {
            direct(d);
        }
    }

    private void direct(DetectedSecret d) {
        if (thirdParty == null) {
            thirdParty = ThirdPartyContent.suffix(path);
        }
        sink.accept(thirdParty.isPresent() ? ThirdPartyContent.mark(d, thirdParty.get()) : d);
    }

    /** A candidate that fails its offline check is reported one level lower, never dropped. */
    static Severity downgrade(Severity s) {
        return s == Severity.INFO ? s : Severity.values()[s.ordinal() + 1];
    }

    /** Most lines with a keyword hold no secret, so their location is built only when something is reported. */
    private static final class LazyLocation implements Supplier<Location> {
        private final IntFunction<Location> locator;
        private final int line;
        private Location cached;

        LazyLocation(IntFunction<Location> locator, int line) {
            this.locator = locator;
            this.line = line;
        }

        @Override
        public Location get() {
            if (cached == null) {
                cached = locator.apply(line);
            }
            return cached;
        }
    }
}
