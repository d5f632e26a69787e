package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.policy.Policy;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.policy.WaiverMatcher;
import io.jenkins.plugins.bakedsecrets.core.policy.Waivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The waivers a scan applies, read before the scan so that a malformed file stops it early (exit 2).
 *
 * @param source the waiver file as named in messages; empty when no waivers apply
 * @param waivers the waivers read from it
 * @param policy the policy whose waiver limits apply ({@code allowWaivers}, {@code maxWaiverAgeDays})
 */
record ScanWaivers(Optional<String> source, Waivers waivers, Policy policy) {
    /** The waiver file used when {@code --waivers} is not given, if it exists in the working directory. */
    static final Path DEFAULT_FILE = Path.of(".baked-secrets.yaml");

    ScanWaivers {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(policy, "policy");
    }

    /** Reads the waiver file (the given one, else the default one when present, unless disabled) and the policy. */
    static ScanWaivers load(Path file, boolean disabled, Path policyFile) throws IOException {
        if (disabled && file != null) {
            throw new IllegalArgumentException("--waivers and --no-waivers exclude each other");
        }
        Policy policy = GateInputs.policy(null, policyFile);
        Path chosen = disabled ? null : file != null ? file : Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
        if (chosen == null) {
            return new ScanWaivers(Optional.empty(), Waivers.NONE, policy);
        }
        String source = InputFiles.source(chosen);
        return new ScanWaivers(Optional.of(source), Waivers.load(source, InputFiles.document(chosen)), policy);
    }

    /** What the waivers do to the findings on {@code today}; {@link Suppressions#NONE} without a waiver file. */
    Suppressions apply(List<Finding> findings, LocalDate today) {
        if (source.isEmpty()) {
            return Suppressions.NONE;
        }
        return WaiverMatcher.apply(policy, waivers, findings, today).withSource(source.get());
    }
}
