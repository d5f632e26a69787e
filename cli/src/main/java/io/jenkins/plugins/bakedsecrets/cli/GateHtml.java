package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.policy.FindingDiff;
import io.jenkins.plugins.bakedsecrets.core.policy.FindingStatus;
import io.jenkins.plugins.bakedsecrets.core.policy.GateDecision;
import io.jenkins.plugins.bakedsecrets.core.policy.GateInput;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppression;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.policy.WaiverMatcher;
import io.jenkins.plugins.bakedsecrets.core.provenance.Attribution;
import io.jenkins.plugins.bakedsecrets.core.report.FindingAnnotation;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleSetDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/** Writes the HTML findings report annotated with a gate decision, the owner and the approval state. */
final class GateHtml {
    private GateHtml() {
    }

    /** Writes the report; without a scan report there is nothing to show, and stderr says so. */
    static void write(GateInput in, GateDecision decision, Path file, CommandLine cli) throws IOException {
        if (in.report().isEmpty()) {
            Errors.line(cli.getErr(), "no HTML report written to " + file + ": there is no scan report");
            return;
        }
        SecretDetector detector = SecretDetector.builtIn(KnownSecrets.none());
        ReportOutput.write(in.report().get(), ReportFormat.html, new ReportContext(
                RuleSetDescriptions.of(detector.rules()), annotations(in, decision), Suppressions.NONE), file,
                cli.getOut());
    }

    /** Owner, approval state, verdict with reasons, and per finding its status, attribution and waiver. */
    static ReportAnnotations annotations(GateInput in, GateDecision decision) {
        ReportAnnotations.Builder b = ReportAnnotations.builder()
                .gate(decision.verdict().name(), decision.messages())
                .approvalState(approvalState(in, decision));
        in.ownership().ifPresent(o -> b.owner(o.team() + " (" + o.contact() + ")"));
        ScanReport report = in.report().orElseThrow();
        Set<String> inReference = referenceIds(in, report);
        Suppressions suppressions = WaiverMatcher.apply(in.policy(), in.waivers(), report.findings(),
                LocalDate.ofInstant(in.now(), ZoneOffset.UTC));
        decision.statuses().forEach((id, status) -> b.finding(id, new FindingAnnotation(
                status(status, inReference.contains(id)),
                attribution(decision.attribution().get(id)),
                status == FindingStatus.WAIVED ? waiverReason(suppressions, id) : Optional.empty())));
        return b.build();
    }

    /**
     * The report has no "approved" status: an approved finding keeps its relation to the reference build, and the
     * report's approval fact says who approved the image.
     */
    static io.jenkins.plugins.bakedsecrets.core.report.FindingStatus status(FindingStatus s, boolean inReference) {
        return switch (s) {
            case WAIVED -> io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.WAIVED;
            case OUTSTANDING -> io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.OUTSTANDING;
            case NEW -> io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.NEW;
            case APPROVED -> inReference ? io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.OUTSTANDING
                    : io.jenkins.plugins.bakedsecrets.core.report.FindingStatus.NEW;
        };
    }

    /** The report knows base and own layers only; an unknown attribution is left out. */
    static Optional<io.jenkins.plugins.bakedsecrets.core.report.Attribution> attribution(Attribution a) {
        if (a == null) {
            return Optional.empty();
        }
        return switch (a) {
            case BASE -> Optional.of(io.jenkins.plugins.bakedsecrets.core.report.Attribution.BASE);
            case OWN -> Optional.of(io.jenkins.plugins.bakedsecrets.core.report.Attribution.OWN);
            case UNKNOWN -> Optional.empty();
        };
    }

    private static String approvalState(GateInput in, GateDecision decision) {
        List<String> about = decision.reasons().stream()
                .filter(r -> r.clause().equals("approvals") || r.clause().equals("requiredApprovals"))
                .map(GateReason::message).toList();
        if (about.isEmpty()) {
            return in.approvals().isEmpty() ? "no approvals recorded" : "no approval counts";
        }
        return String.join("; ", about);
    }

    private static Set<String> referenceIds(GateInput in, ScanReport report) {
        Set<String> ids = new HashSet<>();
        in.reference().ifPresent(ref -> FindingDiff.between(report, ref).outstanding()
                .forEach(f -> ids.add(f.findingId())));
        return ids;
    }

    /** The justification of the waiver that counts for the finding, as the gate's own matcher found it. */
    private static Optional<String> waiverReason(Suppressions suppressions, String findingId) {
        return suppressions.of(findingId).map(Suppression::justification);
    }
}
