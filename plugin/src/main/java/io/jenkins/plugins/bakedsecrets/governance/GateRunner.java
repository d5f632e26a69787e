package io.jenkins.plugins.bakedsecrets.governance;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.approval.ApprovalsAction;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.policy.GateDecision;
import io.jenkins.plugins.bakedsecrets.core.policy.GateEvaluator;
import io.jenkins.plugins.bakedsecrets.core.policy.GateInput;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import io.jenkins.plugins.bakedsecrets.core.policy.Policy;
import io.jenkins.plugins.bakedsecrets.core.policy.PolicyParser;
import io.jenkins.plugins.bakedsecrets.core.policy.Verdict;
import io.jenkins.plugins.bakedsecrets.core.policy.Waivers;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the governance gate over every scan of a build for the step and the publisher alike: core evaluates each
 * scan's report; the build's verdict is the worst of them, and the decision is stored as a {@link GateAction}.
 */
public final class GateRunner {
    private final JenkinsFacade jenkins;
    private final BakedSecretsConfiguration configuration;
    private final Clock clock;

    /** A runner using the controller's configuration and clock. */
    public GateRunner() {
        this(new JenkinsFacade(), BakedSecretsConfiguration.get(), Clock.systemUTC());
    }

    GateRunner(JenkinsFacade jenkins, BakedSecretsConfiguration configuration, Clock clock) {
        this.jenkins = jenkins;
        this.configuration = configuration;
        this.clock = clock;
    }

    /**
     * Evaluates, stores the decision on the build (replacing an earlier one) and logs the reasons; throws
     * {@link hudson.AbortException} when the job's policy or waivers cannot be read.
     */
    public GateAction run(Run<?, ?> run, GateRequest request, TaskListener listener) throws IOException {
        Instant now = clock.instant();
        GateInput.Builder template;
        try {
            template = GateInput.builder(effectivePolicy(request), now).waivers(request.waivers()
                    .map(w -> Waivers.load(request.waiversSource(), w)).orElse(Waivers.NONE));
        } catch (ScanException | IllegalArgumentException e) {
            // A policy or waiver file that does not parse is the job's error: say which, without a stack trace.
            throw new hudson.AbortException("baked-secrets gate: " + e.getMessage());
        }
        Optional<Ownership> ownership = Optional.ofNullable(run.getAction(OwnershipAction.class))
                .map(OwnershipAction::ownership);
        List<Approval> approvals = Optional.ofNullable(run.getAction(ApprovalsAction.class))
                .map(ApprovalsAction::approvals).orElse(List.of());
        ownership.ifPresent(template::ownership);
        template.approvals(approvals).build(BuildFacts.context(run));
        List<GateReasonRow> rows = new ArrayList<>();
        Verdict verdict = evaluateScans(run, template, rows);
        rows.sort(Comparator.comparing(r -> GateReason.Level.valueOf(r.getLevel())));
        String evidence = evidence(run, ownership, approvals, verdict, listener);
        GateAction action = new GateAction(verdict.name(), rows, now.toEpochMilli(), evidence);
        run.replaceAction(action);
        log(listener, action);
        return action;
    }

    /** One evaluation per scan (the worst verdict wins); with no scan at all, one that fails closed. */
    private static Verdict evaluateScans(Run<?, ?> run, GateInput.Builder template, List<GateReasonRow> rows) {
        List<ImageSecretsAction> scans = run.getActions(ImageSecretsAction.class);
        if (scans.isEmpty()) {
            return add(rows, "", GateEvaluator.evaluate(template.build()));
        }
        Verdict verdict = Verdict.PASS;
        for (ImageSecretsAction scan : scans) {
            // The builder is reused: report, error and reference are set (or cleared) for every scan.
            template.report(null).scanError(null).reference(null);
            try {
                template.report(scan.getReport());
            } catch (IOException | ScanException e) {
                template.scanError("the stored report of scan " + scan.getName() + " cannot be read: "
                        + e.getMessage());
            }
            reference(run, scan.getName()).ifPresent(template::reference);
            verdict = verdict.worse(add(rows, scan.getName(), GateEvaluator.evaluate(template.build())));
        }
        return verdict;
    }

    /** The baseline tightened by the job policy; a loosening attempt stays in the policy's warnings. */
    Policy effectivePolicy(GateRequest request) {
        Policy baseline = configuration.baseline();
        return request.jobPolicy().filter(p -> !p.isBlank())
                .map(text -> baseline.tightenWith(PolicyParser.parse(request.policySource(), text)))
                .orElse(baseline);
    }

    /** The same scan of the last successful build, for {@code scope: new}. */
    private static Optional<io.jenkins.plugins.bakedsecrets.core.scan.ScanReport> reference(Run<?, ?> run,
                                                                                          String scan) {
        Run<?, ?> previous = run.getPreviousSuccessfulBuild();
        if (previous == null) {
            return Optional.empty();
        }
        for (ImageSecretsAction a : previous.getActions(ImageSecretsAction.class)) {
            if (a.getName().equals(scan)) {
                try {
                    return Optional.of(a.getReport());
                } catch (IOException | ScanException e) {
                    // Without a readable reference every finding counts as new: stricter, never looser.
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Verdict add(List<GateReasonRow> rows, String scan, GateDecision decision) {
        for (GateReason r : decision.reasons()) {
            rows.add(new GateReasonRow(scan, r.level().name(), r.clause(), r.message()));
        }
        return decision.verdict();
    }

    private String evidence(Run<?, ?> run, Optional<Ownership> ownership, List<Approval> approvals,
                            Verdict verdict, TaskListener listener) {
        try {
            return EvidenceFiles.write(run, jenkins.rootUrl(), ownership, approvals, verdict);
        } catch (IOException | ScanException | IllegalArgumentException e) {
            // Evidence is an extra; the verdict stands without it, and the log says why it is missing.
            listener.getLogger().println("baked-secrets: no evidence statements written: " + e.getMessage());
            return "";
        }
    }

    private static void log(TaskListener listener, GateAction action) {
        listener.getLogger().println("baked-secrets gate: " + action.getVerdict());
        for (GateReasonRow r : action.getReasons()) {
            // Reasons quote paths from the image and waiver text: one printable line each in the console log.
            listener.getLogger().println("  " + r.getLevel().toLowerCase(java.util.Locale.ROOT) + ": "
                    + PrintableText.of(r.describe()));
        }
    }
}
