package io.jenkins.plugins.bakedsecrets.result;

import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.report.FindingAnnotation;
import io.jenkins.plugins.bakedsecrets.core.report.FindingStatus;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.PanelDataWriter;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/** Where and how reports are stored in a build directory: {@code <build dir>/baked-secrets/<name>.json}. */
public final class ReportFiles {
    /** Directory inside the build directory. */
    public static final String DIRECTORY = "baked-secrets";

    private ReportFiles() {
    }

    /** The file of a report. */
    public static File file(Run<?, ?> run, String fileName) {
        return new File(new File(run.getRootDir(), DIRECTORY), fileName);
    }

    /**
     * Stores a keyed report, with the marks of suppressed findings, and returns its file name. A transport report is
     * refused: its fingerprints are unkeyed digests, which must never reach the disk.
     */
    public static String write(Run<?, ?> run, String name, ScanReport keyed, Suppressions suppressions)
            throws IOException {
        if (FingerprintKey.TRANSPORT_KEY_ID.equals(keyed.keyId())) {
            throw new IllegalStateException("refusing to store an un-keyed transport report for scan " + name);
        }
        String fileName = name + ".json";
        File target = file(run, fileName);
        Files.createDirectories(target.getParentFile().toPath());
        File temporary = new File(target.getParentFile(), fileName + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary.toPath())) {
            new JsonReportWriter(suppressions).write(keyed, out);
        }
        Files.move(temporary.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        return fileName;
    }

    /** Reads a stored report. */
    public static ScanReport read(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return new JsonReportReader().read(in);
        }
    }

    /**
     * Writes the rows of the findings panel (the format the shared findings-panel.js reads); {@code waived} maps the
     * finding ids a waiver suppresses to the waiver's text.
     */
    static void writePanelData(ScanReport report, Map<String, String> waived, OutputStream out) throws IOException {
        ReportAnnotations.Builder annotations = ReportAnnotations.builder();
        waived.forEach((id, text) -> annotations.finding(id,
                new FindingAnnotation(FindingStatus.WAIVED, Optional.empty(), Optional.of(text))));
        new PanelDataWriter(RuleDescriptions.empty(), annotations.build()).write(report, out);
    }
}
