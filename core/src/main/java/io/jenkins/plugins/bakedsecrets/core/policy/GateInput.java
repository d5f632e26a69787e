package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.BaseImage;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a gate decision depends on; the evaluator reads nothing else (not even the clock).
 *
 * @param report the scan report; empty when the scan did not produce one
 * @param scanError the scan's error message, when it failed
 * @param reference the report to compare with for {@code scope: new}
 * @param ownership the image's owner, when recorded
 * @param approvals decisions recorded for the image
 * @param waivers the repository's waivers
 * @param build who started the build and wrote the commit
 * @param now the evaluation time (waiver expiry and age)
 * @param policy the effective policy
 * @param base the known base image, for attribution
 */
public record GateInput(Optional<ScanReport> report, Optional<String> scanError, Optional<ScanReport> reference,
                        Optional<Ownership> ownership, List<Approval> approvals, Waivers waivers, BuildContext build,
                        Instant now, Policy policy, Optional<BaseImage> base) {
    /** Validates components. */
    public GateInput {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scanError, "scanError");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(ownership, "ownership");
        approvals = List.copyOf(approvals);
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(base, "base");
    }

    /** A builder for an evaluation under {@code policy} at {@code now}. */
    public static Builder builder(Policy policy, Instant now) {
        return new Builder(policy, now);
    }

    /** Mutable builder of {@link GateInput}; unset parts are absent or empty. */
    public static final class Builder {
        private final Policy policy;
        private final Instant now;
        private ScanReport report;
        private String scanError;
        private ScanReport reference;
        private Ownership ownership;
        private final List<Approval> approvals = new ArrayList<>();
        private Waivers waivers = Waivers.NONE;
        private BuildContext build = BuildContext.UNKNOWN;
        private BaseImage base;

        private Builder(Policy policy, Instant now) {
            this.policy = Objects.requireNonNull(policy, "policy");
            this.now = Objects.requireNonNull(now, "now");
        }

        /** Sets the scan report. */
        public Builder report(ScanReport value) {
            report = value;
            return this;
        }

        /** Sets the scan error message. */
        public Builder scanError(String value) {
            scanError = value;
            return this;
        }

        /** Sets the reference report. */
        public Builder reference(ScanReport value) {
            reference = value;
            return this;
        }

        /** Sets the ownership. */
        public Builder ownership(Ownership value) {
            ownership = value;
            return this;
        }

        /** Adds approvals. */
        public Builder approvals(List<Approval> values) {
            approvals.addAll(values);
            return this;
        }

        /** Sets the waivers. */
        public Builder waivers(Waivers value) {
            waivers = value;
            return this;
        }

        /** Sets the build context. */
        public Builder build(BuildContext value) {
            build = value;
            return this;
        }

        /** Sets the base image. */
        public Builder base(BaseImage value) {
            base = value;
            return this;
        }

        /** The input. */
        public GateInput build() {
            return new GateInput(Optional.ofNullable(report), Optional.ofNullable(scanError),
                    Optional.ofNullable(reference), Optional.ofNullable(ownership), approvals, waivers, build, now,
                    policy, Optional.ofNullable(base));
        }
    }
}
