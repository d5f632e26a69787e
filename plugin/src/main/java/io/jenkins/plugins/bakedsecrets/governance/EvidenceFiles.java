package io.jenkins.plugins.bakedsecrets.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.core.policy.Verdict;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.CiBuilder;
import io.jenkins.plugins.bakedsecrets.core.provenance.Evidence;
import io.jenkins.plugins.bakedsecrets.core.provenance.EvidenceSubject;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.provenance.Provenance;
import io.jenkins.plugins.bakedsecrets.core.provenance.ScanSummaryInput;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.result.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the in-toto statements of a build's scans (core {@link Evidence}) to
 * {@code <build dir>/baked-secrets/evidence.json}: per scan, an SLSA provenance and a scan-summary statement.
 */
final class EvidenceFiles {
    static final String FILE_NAME = "evidence.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvidenceFiles() {
    }

    static File file(Run<?, ?> run, String fileName) {
        return ReportFiles.file(run, fileName);
    }

    /** Writes the statements of every scan that names at least one image; returns the file name, or blank. */
    static String write(Run<?, ?> run, Optional<String> rootUrl, Optional<Ownership> ownership,
                        List<Approval> approvals, Verdict verdict) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode scans = root.putObject("scans");
        for (ImageSecretsAction scan : run.getActions(ImageSecretsAction.class)) {
            ScanReport report = scan.getReport();
            List<EvidenceSubject> subjects = EvidenceSubject.of(report);
            if (subjects.isEmpty()) {
                continue;
            }
            byte[] reportBytes = Files.readAllBytes(ReportFiles.file(run, scan.getReportFile()).toPath());
            String digest = Provenance.digestOf(reportBytes);
            ArrayNode statements = scans.putArray(scan.getName());
            statements.add(Evidence.statement(subjects, Evidence.SLSA_PROVENANCE,
                    Evidence.slsaPredicate(provenance(run, rootUrl, digest))));
            statements.add(Evidence.statement(subjects, Evidence.SCAN_SUMMARY, Evidence.scanSummaryPredicate(
                    new ScanSummaryInput(report, Optional.of(digest), ownership, approvals,
                            Optional.of(verdict.name())))));
        }
        if (scans.isEmpty()) {
            return "";
        }
        File target = file(run, FILE_NAME);
        Files.createDirectories(target.getParentFile().toPath());
        File temporary = new File(target.getParentFile(), FILE_NAME + ".tmp");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary, root);
        Files.move(temporary.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        return FILE_NAME;
    }

    private static Provenance provenance(Run<?, ?> run, Optional<String> rootUrl, String reportDigest) {
        CiBuilder ci = new CiBuilder(rootUrl, run.getParent().getFullName(), String.valueOf(run.getNumber()),
                Optional.empty());
        Provenance.Builder b = Provenance.builder(ci).scanReportDigest(reportDigest)
                .times(Instant.ofEpochMilli(run.getStartTimeInMillis()), null);
        BuildFacts.starter(run).ifPresent(b::trigger);
        return b.build();
    }
}
