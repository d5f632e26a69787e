package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Encodes what scanning a layer found, for the layer cache: the entries hiding resolution needs, the detections
 * without their layer (a layer with the same diff ID may sit at another index, or be compressed differently), and
 * the coverage gaps. Digests are stored as they are, because only the cache's sealing makes the payload safe to
 * write; the payload is never written anywhere unsealed. A payload also says until when it holds: a token that
 * states an expiry is reported differently once that passes.
 */
final class LayerScanCodec {
    /** Version of this encoding; an entry of another version is not read (it is a cache: the layer is rescanned). */
    static final int FORMAT = 1;

    private LayerScanCodec() {
    }

    /** The payload; {@code started} is when the layer's scan began (tokens expiring after it make it go stale). */
    static byte[] encode(LayerScan scan, Instant started) throws IOException {
        CacheData.Writer out = new CacheData.Writer();
        out.writeInt(FORMAT);
        writeInstant(out, validUntil(scan.detections(), started));
        scan.entries().writeTo(out);
        out.writeInt(scan.detections().size());
        for (DetectedSecret d : scan.detections()) {
            writeDetection(out, d);
        }
        out.writeInt(scan.gaps().size());
        for (CoverageGap g : scan.gaps()) {
            out.writeString(g.reason().id());
            out.writeOptional(g.path());
            out.writeString(g.detail());
        }
        return out.toByteArray();
    }

    /** The layer's results as {@code layer} of {@code target}; empty when the payload is stale at {@code now}. */
    static Optional<LayerScan> decode(byte[] payload, LayerRef layer, int target, Instant now) throws IOException {
        CacheData.Reader in = new CacheData.Reader(payload);
        if (in.readInt() != FORMAT) {
            return Optional.empty();
        }
        if (!now.isBefore(readInstant(in))) {
            return Optional.empty();
        }
        LayerEntries entries = LayerEntries.readFrom(in);
        List<DetectedSecret> detections = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            detections.add(readDetection(in, layer));
        }
        List<CoverageGap> gaps = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            gaps.add(new CoverageGap(CoverageGap.Reason.parse(in.readString()), target,
                    OptionalInt.of(layer.index()), in.readOptionalString(), in.readString()));
        }
        if (!in.atEnd()) {
            throw new IOException("cache entry has trailing bytes");
        }
        return Optional.of(new LayerScan(layer.index(), entries, detections, gaps));
    }

    private static Instant validUntil(List<DetectedSecret> detections, Instant started) {
        Instant until = Instant.MAX;
        for (DetectedSecret d : detections) {
            if (d.statedExpiry().isPresent() && !d.statedExpiry().get().isBefore(started)
                    && d.statedExpiry().get().isBefore(until)) {
                until = d.statedExpiry().get();
            }
        }
        return until;
    }

    private static void writeDetection(CacheData.Writer out, DetectedSecret d) throws IOException {
        out.writeString(d.ruleId());
        out.writeString(d.title());
        out.writeString(d.severity().id());
        Location l = d.location();
        out.writeString(l.kind().name());
        out.writeOptional(l.path());
        out.writeOptional(l.line());
        out.writeOptional(l.key());
        out.writeOptional(l.historyIndex());
        out.writeOptional(l.field());
        out.writeBytes(d.digest().bytes());
        out.writeString(d.redacted());
        out.writeInt(d.validated().map(v -> v ? 1 : 0).orElse(-1));
        out.writeInt(d.statedExpiry().isPresent() ? 1 : 0);
        if (d.statedExpiry().isPresent()) {
            writeInstant(out, d.statedExpiry().get());
        }
    }

    private static DetectedSecret readDetection(CacheData.Reader in, LayerRef layer) throws IOException {
        String ruleId = in.readString();
        String title = in.readString();
        Severity severity = Severity.parse(in.readString());
        Location.Builder where = Location.of(LocationKind.valueOf(in.readString()));
        in.readOptionalString().ifPresent(where::path);
        in.readOptionalInt().ifPresent(where::line);
        in.readOptionalString().ifPresent(where::key);
        in.readOptionalInt().ifPresent(where::historyIndex);
        in.readOptionalString().ifPresent(where::field);
        where.layer(layer.index(), layer.descriptor().digest(), layer.diffId());
        SecretDigest digest = SecretDigest.fromDigest(in.readBytes());
        String redacted = in.readString();
        int validated = in.readInt();
        Optional<Instant> expiry = in.readInt() == 1 ? Optional.of(readInstant(in)) : Optional.empty();
        return new DetectedSecret(ruleId, title, severity, where.build(), digest, redacted,
                validated < 0 ? Optional.empty() : Optional.of(validated == 1), expiry);
    }

    private static void writeInstant(CacheData.Writer out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(CacheData.Reader in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
