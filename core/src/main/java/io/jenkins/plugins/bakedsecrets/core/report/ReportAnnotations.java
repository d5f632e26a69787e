package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Governance context that the SARIF and HTML writers show beside a scan report: owner, approval, gate decision and a
 * status per finding id. All parts are optional; {@link #none()} shows a bare scan.
 *
 * @param owner the owner of the image, when recorded
 * @param approvalState a short text such as {@code approved by alice}, when known
 * @param gateVerdict the gate's verdict such as {@code PASSED} or {@code FAILED}, when evaluated
 * @param gateReasons why the gate decided as it did
 * @param findings annotations by finding id; findings without one show no status
 */
public record ReportAnnotations(Optional<String> owner, Optional<String> approvalState, Optional<String> gateVerdict,
                                List<String> gateReasons, Map<String, FindingAnnotation> findings) {
    /** Validates and copies components. */
    public ReportAnnotations {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(approvalState, "approvalState");
        Objects.requireNonNull(gateVerdict, "gateVerdict");
        gateReasons = List.copyOf(gateReasons);
        findings = Map.copyOf(findings);
    }

    /** No governance context. */
    public static ReportAnnotations none() {
        return builder().build();
    }

    /** A builder with every part absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** The annotation of a finding, when there is one. */
    public Optional<FindingAnnotation> of(String findingId) {
        return Optional.ofNullable(findings.get(findingId));
    }

    /** Mutable builder of {@link ReportAnnotations}. */
    public static final class Builder {
        private String owner;
        private String approvalState;
        private String gateVerdict;
        private final List<String> gateReasons = new ArrayList<>();
        private final Map<String, FindingAnnotation> findings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets the owner. */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** Sets the approval state text. */
        public Builder approvalState(String value) {
            this.approvalState = value;
            return this;
        }

        /** Sets the gate verdict and its reasons. */
        public Builder gate(String verdict, List<String> reasons) {
            this.gateVerdict = verdict;
            this.gateReasons.clear();
            this.gateReasons.addAll(reasons);
            return this;
        }

        /** Annotates one finding. */
        public Builder finding(String findingId, FindingAnnotation annotation) {
            findings.put(findingId, annotation);
            return this;
        }

        /**
         * Marks every finding the suppressions cover as waived, with the waiver's mark and justification; findings
         * annotated already keep their annotation.
         */
        public Builder suppressions(Suppressions suppressions) {
            suppressions.byFindingId().forEach((id, s) -> findings.putIfAbsent(id, new FindingAnnotation(
                    FindingStatus.WAIVED, Optional.empty(), Optional.of(s.describe()))));
            return this;
        }

        /** The annotations. */
        public ReportAnnotations build() {
            return new ReportAnnotations(Optional.ofNullable(owner), Optional.ofNullable(approvalState),
                    Optional.ofNullable(gateVerdict), gateReasons, findings);
        }
    }
}
