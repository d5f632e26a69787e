package io.jenkins.plugins.bakedsecrets.steps;

import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one scan does, shared by the Pipeline step and the freestyle builder.
 *
 * @param images image references in transport syntax (checked); relative archive and layout paths are
 *     workspace-relative
 * @param name tells several scans of one build apart (part of the action's URL)
 * @param registryCredentialsId username/password credentials for {@code docker://} references, when given
 * @param knownSecretsCredentialsIds credentials whose values are searched for verbatim and encoded
 * @param scanEnvironment whether the build environment is scanned as well
 * @param failOn {@code none} or the severity at or above which the scan fails the build
 * @param waivers a workspace-relative waiver file ({@code .baked-secrets.yaml}); its waivers mark findings as
 *     suppressed in the report and keep them out of {@code failOn}
 */
public record ScanOptions(List<String> images, String name, Optional<String> registryCredentialsId,
                          List<String> knownSecretsCredentialsIds, boolean scanEnvironment, String failOn,
                          Optional<String> waivers) {
    /** The fail-on value that never fails. */
    public static final String FAIL_ON_NONE = "none";
    /** The default scan name. */
    public static final String DEFAULT_NAME = "default";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Validates and normalises components. */
    public ScanOptions {
        images = images.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (images.isEmpty()) {
            throw new IllegalArgumentException(Messages.ScanOptions_NoImage());
        }
        // Checked when the step starts, so that a reference without a transport is one line in the log, not a
        // stack trace from the agent.
        images.forEach(ImageReference::parse);
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(Messages.ScanOptions_BadName(name));
        }
        registryCredentialsId = registryCredentialsId.map(String::trim).filter(s -> !s.isEmpty());
        knownSecretsCredentialsIds = knownSecretsCredentialsIds.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).distinct().toList();
        failOn = normaliseFailOn(failOn);
        waivers = waivers.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** {@code none} or a severity id; throws {@link IllegalArgumentException} naming the bad value. */
    public static String normaliseFailOn(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || FAIL_ON_NONE.equals(value)) {
            return FAIL_ON_NONE;
        }
        return Severity.parse(value).id();
    }

    /** Every value {@link #normaliseFailOn} returns: {@code none}, then each severity from the most severe. */
    public static List<String> failOnValues() {
        return Stream.concat(Stream.of(FAIL_ON_NONE), Arrays.stream(Severity.values()).map(Severity::id)).toList();
    }

    /** The severity at or above which the scan fails, or empty for {@code none}. */
    public Optional<Severity> failThreshold() {
        return FAIL_ON_NONE.equals(failOn) ? Optional.empty() : Optional.of(Severity.parse(failOn));
    }

    /** A blank step value falls back to the controller default. */
    static String failOnOrDefault(String stepValue, String controllerDefault) {
        return stepValue == null || stepValue.isBlank() ? controllerDefault : stepValue;
    }

    /** A blank name falls back to {@link #DEFAULT_NAME}. */
    public static String nameOrDefault(String name) {
        return name == null || name.isBlank() ? DEFAULT_NAME : name.trim();
    }
}
