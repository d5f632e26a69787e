package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.policy.BuildContext;
import io.jenkins.plugins.bakedsecrets.core.policy.GateInput;
import io.jenkins.plugins.bakedsecrets.core.policy.Policy;
import io.jenkins.plugins.bakedsecrets.core.policy.PolicyParser;
import io.jenkins.plugins.bakedsecrets.core.policy.Waivers;
import io.jenkins.plugins.bakedsecrets.core.provenance.ApprovalsFile;
import io.jenkins.plugins.bakedsecrets.core.provenance.BaseImage;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * Turns the gate's files into a {@link GateInput}. Evidence files that are missing or malformed throw (exit 2);
 * the report never does: without a readable report the input has none, and the gate fails closed.
 *
 * @param input what the gate evaluates
 * @param problem why the report could not be used, when it could not
 */
record GateInputs(GateInput input, Optional<String> problem) {
    GateInputs {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(problem, "problem");
    }

    /** Reads every file the command names. */
    static GateInputs load(GateCommand c, Instant now) throws IOException {
        GateInput.Builder b = GateInput.builder(policy(c.baselinePolicy, c.policy), now);
        if (c.reference != null) {
            b.reference(InputFiles.report(c.reference));
        }
        if (c.baseImageReport != null) {
            BaseImage base = BaseImage.of(InputFiles.report(c.baseImageReport)).orElseThrow(() ->
                    new IllegalArgumentException("base image report " + c.baseImageReport
                            + " has no image with layers"));
            b.base(base);
        }
        if (c.ownership != null) {
            b.ownership(Ownership.load(InputFiles.source(c.ownership), InputFiles.document(c.ownership)));
        }
        if (c.approvals != null) {
            b.approvals(ApprovalsFile.load(InputFiles.source(c.approvals), InputFiles.document(c.approvals)));
        }
        if (c.waivers != null) {
            b.waivers(Waivers.load(InputFiles.source(c.waivers), InputFiles.document(c.waivers)));
        }
        // Without either option the CLI cannot tell who is behind the build, and separation of duties fails closed.
        b.build(c.starter == null && c.commitAuthor == null ? BuildContext.UNKNOWN
                : BuildContext.of(Optional.ofNullable(c.starter),
                        c.commitAuthor == null ? List.of() : List.of(c.commitAuthor)));
        Optional<String> problem = report(c.report, b);
        return new GateInputs(b.build(), problem);
    }

    /** The baseline tightened by the job policy; either alone; or the default policy. */
    static Policy policy(Path baselineFile, Path jobFile) throws IOException {
        Optional<Policy> baseline = Optional.ofNullable(baselineFile).map(GateInputs::parse);
        Optional<Policy> job = Optional.ofNullable(jobFile).map(GateInputs::parse);
        if (baseline.isPresent()) {
            return job.map(j -> baseline.get().tightenWith(j)).orElse(baseline.get());
        }
        return job.orElse(Policy.DEFAULT);
    }

    private static Policy parse(Path file) {
        try {
            return PolicyParser.parse(InputFiles.source(file), InputFiles.document(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sets the report when it can be read; otherwise says why, leaving the input without one (or with an error). */
    private static Optional<String> report(Path file, GateInput.Builder b) {
        if (!Files.exists(file)) {
            return Optional.of("no scan report at " + file + ": the gate fails");
        }
        try {
            b.report(InputFiles.report(file));
            return Optional.empty();
        } catch (ScanException | IllegalArgumentException e) {
            String message = Errors.describe(e);
            b.scanError("the scan report " + file + " cannot be used: " + message);
            return Optional.of(message + ": the gate fails");
        }
    }
}
