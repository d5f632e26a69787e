package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * How an image came to be: the build that made it, from which source, when, who triggered it, and the digest of the
 * scan report that vouches for its contents.
 *
 * @param builder the CI build
 * @param source source repository and commit, when known
 * @param buildStart when the build started, when known
 * @param buildEnd when the build finished, when known
 * @param trigger the user or cause that started the build, when known
 * @param scanReportDigest {@code sha256:<hex>} of the report file bytes, when a report exists
 */
public record Provenance(CiBuilder builder, Optional<SourceRef> source, Optional<Instant> buildStart,
                        Optional<Instant> buildEnd, Optional<String> trigger, Optional<String> scanReportDigest) {
    /** Validates components. */
    public Provenance {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(buildStart, "buildStart");
        Objects.requireNonNull(buildEnd, "buildEnd");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(scanReportDigest, "scanReportDigest");
        scanReportDigest.ifPresent(Provenance::checkDigest);
        if (buildStart.isPresent() && buildEnd.isPresent() && buildEnd.get().isBefore(buildStart.get())) {
            throw new IllegalArgumentException("a build cannot end before it starts");
        }
    }

    /** A builder for the given CI build; every other part is optional. */
    public static Builder builder(CiBuilder ci) {
        return new Builder(ci);
    }

    /** The {@code sha256:<hex>} digest of a report file's bytes, as {@link #scanReportDigest()} records it. */
    public static String digestOf(byte[] reportBytes) {
        return "sha256:" + HexFormat.of().formatHex(SecretDigest.sha256().digest(reportBytes));
    }

    static void checkDigest(String digest) {
        if (!digest.matches("sha256:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("expected a digest like sha256:<64 hex digits>, got '" + digest + "'");
        }
    }

    /** Mutable builder of {@link Provenance}. */
    public static final class Builder {
        private final CiBuilder ci;
        private SourceRef source;
        private Instant start;
        private Instant end;
        private String trigger;
        private String reportDigest;

        private Builder(CiBuilder ci) {
            this.ci = Objects.requireNonNull(ci, "ci");
        }

        /** Sets the source revision. */
        public Builder source(SourceRef value) {
            this.source = value;
            return this;
        }

        /** Sets start and end of the build. */
        public Builder times(Instant buildStart, Instant buildEnd) {
            this.start = buildStart;
            this.end = buildEnd;
            return this;
        }

        /** Sets the user or cause that triggered the build. */
        public Builder trigger(String value) {
            this.trigger = value;
            return this;
        }

        /** Sets the report digest ({@code sha256:<hex>}). */
        public Builder scanReportDigest(String value) {
            this.reportDigest = value;
            return this;
        }

        /** The provenance. */
        public Provenance build() {
            return new Provenance(ci, Optional.ofNullable(source), Optional.ofNullable(start),
                    Optional.ofNullable(end), Optional.ofNullable(trigger), Optional.ofNullable(reportDigest));
        }
    }
}
