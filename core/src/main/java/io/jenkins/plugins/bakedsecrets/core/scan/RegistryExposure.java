package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a registry image is exposed: whether anyone can pull it without credentials. An image with secrets that
 * anyone can pull turns its registry into a channel that hands the secrets out.
 *
 * @param anonymousPull the answer of the anonymous pull check
 */
public record RegistryExposure(AnonymousPull anonymousPull) {
    /** Rule id of the finding added to an anonymously pullable image that has findings. */
    public static final String ANONYMOUS_PULL_RULE = "registry-anonymous-pull";
    /** Title of that finding. */
    public static final String ANONYMOUS_PULL_TITLE = "Image with secrets is anonymously pullable";

    /** Validates components. */
    public RegistryExposure {
        Objects.requireNonNull(anonymousPull, "anonymousPull");
    }

    /** The report value of the answer: {@code true}, {@code false} or {@code unknown}. */
    public String anonymousPullId() {
        return anonymousPull.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a report value of the answer.
     *
     * @throws IllegalArgumentException when the value is not {@code true}, {@code false} or {@code unknown}
     */
    public static RegistryExposure parse(String anonymousPullId) {
        for (AnonymousPull p : AnonymousPull.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(anonymousPullId)) {
                return new RegistryExposure(p);
            }
        }
        throw new IllegalArgumentException("anonymousPull must be true, false or unknown");
    }
}
