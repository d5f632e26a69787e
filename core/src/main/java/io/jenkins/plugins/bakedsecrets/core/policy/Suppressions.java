package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a waiver file did to a list of findings, made by {@link WaiverMatcher}: the suppressed findings (which stay
 * listed, marked), the waivers that expired, and the waivers that the policy did not let count.
 *
 * @param source the waiver file these came from, such as {@code .baked-secrets.yaml}; empty when none was applied
 * @param byFindingId finding id to its suppression, in finding order; a finding id absent here is not suppressed
 * @param expired waivers past their expiry date, in file order; they suppress nothing
 * @param notCounted waivers that selected a finding but did not count, with the reason, in first-seen order
 */
public record Suppressions(Optional<String> source, Map<String, Suppression> byFindingId, List<Waiver> expired,
                           List<UncountedWaiver> notCounted) {
    /** No waiver file applied: nothing suppressed. */
    public static final Suppressions NONE = new Suppressions(Optional.empty(), Map.of(), List.of(), List.of());

    /** Validates and copies components. */
    public Suppressions {
        Objects.requireNonNull(source, "source");
        byFindingId = Collections.unmodifiableMap(new LinkedHashMap<>(byFindingId));
        expired = List.copyOf(expired);
        notCounted = List.copyOf(notCounted);
    }

    /** These suppressions, naming the waiver file they came from. */
    public Suppressions withSource(String waiverFile) {
        return new Suppressions(Optional.of(waiverFile), byFindingId, expired, notCounted);
    }

    /** True when a waiver file was applied (even one that suppressed nothing). */
    public boolean applied() {
        return source.isPresent() || !byFindingId.isEmpty() || !expired.isEmpty() || !notCounted.isEmpty();
    }

    /** The suppression of a finding id, when a valid waiver covers it. */
    public Optional<Suppression> of(String findingId) {
        return Optional.ofNullable(byFindingId.get(findingId));
    }

    /** True when a valid waiver covers the finding. */
    public boolean isSuppressed(Finding finding) {
        return byFindingId.containsKey(finding.findingId());
    }

    /** The findings no valid waiver covers, in their order. */
    public List<Finding> unsuppressed(List<Finding> findings) {
        return findings.stream().filter(f -> !isSuppressed(f)).toList();
    }

    /** How many of the findings no valid waiver covers are at or above {@code threshold}: what a fail-on counts. */
    public long unsuppressedAtLeast(List<Finding> findings, Severity threshold) {
        return unsuppressed(findings).stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }

    /** How many entries of {@code findings} are suppressed (a finding in several images counts once per image). */
    public int suppressedCount(List<Finding> findings) {
        return (int) findings.stream().filter(this::isSuppressed).count();
    }

    /** One sentence per expired waiver, then one per waiver that did not count: what users must be told. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        expired.forEach(w -> out.add(w.expiredMessage()));
        notCounted.forEach(u -> out.add(u.message()));
        return out;
    }
}
