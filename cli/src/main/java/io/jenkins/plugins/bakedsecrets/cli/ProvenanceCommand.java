package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.policy.GateEvaluator;
import io.jenkins.plugins.bakedsecrets.core.policy.GateInput;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.ApprovalsFile;
import io.jenkins.plugins.bakedsecrets.core.provenance.Evidence;
import io.jenkins.plugins.bakedsecrets.core.provenance.EvidenceSubject;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.provenance.Provenance;
import io.jenkins.plugins.bakedsecrets.core.provenance.ScanSummaryInput;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baked-secrets provenance}: writes SLSA provenance and scan-summary predicates and in-toto statements. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        header = "Writes SLSA provenance and scan-summary evidence (in-toto) for the images of a report.",
        description = {"Writes " + ProvenanceCommand.SLSA + ".predicate.json and .statement.json (type "
                + Evidence.SLSA_PROVENANCE + ") and " + ProvenanceCommand.SUMMARY + ".predicate.json and "
                + ".statement.json (type " + Evidence.SCAN_SUMMARY + ") into --out-dir. Statement subjects are the "
                + "scanned images (manifest digest, else image ID). The report digest is the SHA-256 of the report "
                + "file. With --policy the gate verdict is recorded in the scan summary.",
            "Sign a predicate with: cosign attest --predicate FILE --type URI IMAGE"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evidence written", "2:bad input (missing or malformed file, no image in the report)"})
final class ProvenanceCommand implements Callable<Integer> {
    static final String SLSA = "slsa-provenance";
    static final String SUMMARY = "scan-summary";

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "JSON scan report.")
    Path report;

    @Option(names = "--ownership", paramLabel = "FILE", description = "ownership.yaml of the image.")
    Path ownership;

    @Option(names = "--approvals", paramLabel = "FILE", description = "Approvals to record (trusted as written).")
    Path approvals;

    @Option(names = "--policy", paramLabel = "FILE", description = "Evaluate the gate under this policy and record "
            + "its verdict.")
    Path policy;

    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "Directory for the four files.")
    Path outDir;

    @Mixin
    BuildFacts build;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> read = java.util.stream.Stream.of(report, ownership, approvals, policy)
                .filter(java.util.Objects::nonNull).toList();
        for (String name : List.of(SLSA, SUMMARY)) {
            for (String kind : List.of(".predicate.json", ".statement.json")) {
                OutputFiles.requireNotInput("--out-dir", outDir.resolve(name + kind), read);
            }
        }
        // Read once: the digest and the parsed report are of the same bytes.
        byte[] reportBytes = InputFiles.read(report, JsonReportReader.MAX_BYTES, "report");
        ScanReport scan = new JsonReportReader().read(new java.io.ByteArrayInputStream(reportBytes),
                InputFiles.source(report));
        List<EvidenceSubject> subjects = EvidenceSubject.of(scan);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("report " + report + " has no image to attest");
        }
        Optional<Ownership> owner = ownership == null ? Optional.empty()
                : Optional.of(Ownership.load(InputFiles.source(ownership), InputFiles.document(ownership)));
        List<Approval> decisions = approvals == null ? List.of()
                : ApprovalsFile.load(InputFiles.source(approvals), InputFiles.document(approvals));
        String digest = Provenance.digestOf(reportBytes);
        ObjectNode slsa = build.withBuilderId(Evidence.slsaPredicate(build.provenance(digest)));
        ObjectNode summary = Evidence.scanSummaryPredicate(new ScanSummaryInput(scan, Optional.of(digest), owner,
                decisions, verdict(scan, owner, decisions)));
        write(SLSA, subjects, Evidence.SLSA_PROVENANCE, slsa);
        write(SUMMARY, subjects, Evidence.SCAN_SUMMARY, summary);
        printHints(subjects);
        return ExitCodes.OK;
    }

    private Optional<String> verdict(ScanReport scan, Optional<Ownership> owner, List<Approval> decisions)
            throws java.io.IOException {
        if (policy == null) {
            return Optional.empty();
        }
        GateInput.Builder in = GateInput.builder(GateInputs.policy(null, policy), Instant.now()).report(scan)
                .approvals(decisions);
        owner.ifPresent(in::ownership);
        return Optional.of(GateEvaluator.evaluate(in.build()).verdict().name());
    }

    private void write(String name, List<EvidenceSubject> subjects, String type, ObjectNode predicate)
            throws java.io.IOException {
        TextOutput.write(Evidence.predicateJson(predicate), outDir.resolve(name + ".predicate.json"));
        TextOutput.write(Evidence.statementJson(subjects, type, predicate), outDir.resolve(name + ".statement.json"));
    }

    private void printHints(List<EvidenceSubject> subjects) {
        PrintWriter out = spec.commandLine().getOut();
        for (String[] p : new String[][] {{SLSA, Evidence.SLSA_PROVENANCE}, {SUMMARY, Evidence.SCAN_SUMMARY}}) {
            Path file = outDir.resolve(p[0] + ".predicate.json");
            out.println(PrintableText.of(p[1] + "  " + file));
            out.println(PrintableText.of("  cosign attest --predicate " + file + " --type " + p[1] + " IMAGE"));
        }
        out.println("IMAGE is each subject, pinned by digest:");
        // Subject names are the report's target references: untrusted text.
        subjects.forEach(s -> out.println(PrintableText.of("  " + s.name() + " sha256:" + s.sha256())));
        out.flush();
    }
}
