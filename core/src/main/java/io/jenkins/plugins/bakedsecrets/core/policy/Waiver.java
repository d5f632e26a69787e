package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision to accept a finding for a while. It selects findings by exactly one of: finding id, secret fingerprint,
 * or rule id plus a path glob (matched against the normalised path, or for config findings the variable, label or
 * field name). A waiver suppresses until the end of its {@code expires} day (UTC).
 *
 * @param findingId selects one finding
 * @param fingerprint selects every finding of one secret
 * @param rule with {@code pathGlob}, selects findings of a rule at matching places
 * @param pathGlob glob: {@code *} within one path segment, {@code **} across segments, {@code ?} one character
 * @param justification why the finding is acceptable
 * @param owner who answers for the waiver
 * @param expires last day the waiver suppresses
 * @param created the day the waiver was written, when recorded (needed when the policy limits waiver age)
 * @param origin where the waiver was written, such as {@code .baked-secrets.yaml:12:5}
 */
public record Waiver(Optional<String> findingId, Optional<String> fingerprint, Optional<String> rule,
                     Optional<String> pathGlob, String justification, String owner, LocalDate expires,
                     Optional<LocalDate> created, String origin) {
    /** Validates components. */
    public Waiver {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pathGlob, "pathGlob");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(origin, "origin");
        int selectors = (findingId.isPresent() ? 1 : 0) + (fingerprint.isPresent() ? 1 : 0)
                + (rule.isPresent() ? 1 : 0);
        if (selectors != 1 || rule.isPresent() != pathGlob.isPresent()) {
            throw new IllegalArgumentException(origin + ": a waiver selects by exactly one of findingId, fingerprint,"
                    + " or rule with path");
        }
    }

    /** True when this waiver selects the finding (whether or not it is still valid). */
    public boolean selects(Finding finding) {
        if (findingId.isPresent()) {
            return findingId.get().equals(finding.findingId());
        }
        if (fingerprint.isPresent()) {
            return fingerprint.get().equals(finding.secretFingerprint());
        }
        return rule.get().equals(finding.ruleId())
                && PathGlob.matches(pathGlob.get(), finding.location().identity());
    }

    /** True when the waiver has expired on {@code today}. */
    public boolean isExpired(LocalDate today) {
        return today.isAfter(expires);
    }

    /** A short description for messages: selector, owner and origin. */
    public String describe() {
        return "waiver for " + selector() + " (owner " + owner + ", " + origin + ")";
    }

    /**
     * What the waiver selects, such as {@code finding bs1:...}, {@code secret hmac-sha256:...} (a keyed fingerprint,
     * shortened) or {@code rule aws-access-key-id at /opt/**}; never a secret value.
     */
    public String selector() {
        return findingId.map(id -> "finding " + id)
                .or(() -> fingerprint.map(fp -> "secret " + shorten(fp)))
                .orElseGet(() -> "rule " + rule.get() + " at " + pathGlob.get());
    }

    /** The sentence reporting that this waiver has expired. */
    public String expiredMessage() {
        return describe() + " expired on " + expires + " and no longer suppresses anything";
    }

    private static String shorten(String fingerprint) {
        return fingerprint.length() > 24 ? fingerprint.substring(0, 24) + "…" : fingerprint;
    }
}
