package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.policy.GateDecision;
import io.jenkins.plugins.bakedsecrets.core.policy.GateEvaluator;
import io.jenkins.plugins.bakedsecrets.core.policy.GateInput;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baked-secrets gate}: evaluates the promotion gate on a scan report and exits by its verdict. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        header = "Decides whether an image may be promoted.",
        description = {"Evaluates a policy on a JSON scan report plus evidence (reference report, ownership, "
                + "approvals, waivers, base image, who started the build). Without --policy or --baseline-policy "
                + "the documented default policy applies (docs/policy.md). A missing or unreadable report fails the "
                + "gate (exit 1): the gate fails closed.",
            "--approvals is for offline evaluation: the CLI trusts its caller, so anyone who can write the file can "
                + "claim any approver. The Jenkins plugin takes approvers from Jenkins authentication."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:pass", "1:fail (also when the report is missing or unreadable)",
            "2:bad input: usage error, or a missing or malformed policy, waiver, approval, ownership or reference file",
            "3:unstable"})
final class GateCommand implements Callable<Integer> {
    @Option(names = "--report", required = true, paramLabel = "FILE", description = "JSON scan report to gate.")
    Path report;

    @Option(names = "--policy", paramLabel = "FILE", description = "The job's policy (YAML or JSON); with "
            + "--baseline-policy it can only tighten the baseline.")
    Path policy;

    @Option(names = "--baseline-policy", paramLabel = "FILE", description = "The administrator's baseline policy.")
    Path baselinePolicy;

    @Option(names = "--reference", paramLabel = "FILE", description = "JSON report of the reference build, for "
            + "scope: new.")
    Path reference;

    @Option(names = "--ownership", paramLabel = "FILE", description = "ownership.yaml of the image.")
    Path ownership;

    @Option(names = "--approvals", paramLabel = "FILE", description = "Approvals (YAML or JSON) for offline "
            + "evaluation; the approver names are trusted as written.")
    Path approvals;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waiver file (.baked-secrets.yaml).")
    Path waivers;

    @Option(names = "--base-image-report", paramLabel = "FILE", description = "JSON report of the base image, "
            + "to attribute findings to base or own layers.")
    Path baseImageReport;

    @Option(names = "--starter", paramLabel = "USER", description = "User who started the build (separation of "
            + "duties).")
    String starter;

    @Option(names = "--commit-author", paramLabel = "USER", description = "Author of the built commit (separation "
            + "of duties).")
    String commitAuthor;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the decision here (default: "
            + "stdout).")
    Path output;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML findings report with the "
            + "gate decision, owner, approval state and per-finding status.")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> read = java.util.stream.Stream.of(report, policy, baselinePolicy, reference, ownership, approvals,
                waivers, baseImageReport).filter(java.util.Objects::nonNull).toList();
        if (output != null) {
            OutputFiles.requireNotInput("-o", output, read);
        }
        if (html != null) {
            OutputFiles.requireNotInput("--html", html, output == null ? read
                    : java.util.stream.Stream.concat(read.stream(), java.util.stream.Stream.of(output)).toList());
        }
        GateInputs inputs = GateInputs.load(this, Instant.now());
        inputs.problem().ifPresent(p -> Errors.line(spec.commandLine().getErr(), p));
        GateInput in = inputs.input();
        GateDecision decision = GateEvaluator.evaluate(in);
        if (html != null) {
            GateHtml.write(in, decision, html, spec.commandLine());
        }
        TextOutput.write(GateOutput.render(decision, format), output, spec.commandLine().getOut());
        return switch (decision.verdict()) {
            case PASS -> ExitCodes.OK;
            case UNSTABLE -> ExitCodes.UNSTABLE;
            case FAIL -> ExitCodes.FINDINGS;
        };
    }
}
