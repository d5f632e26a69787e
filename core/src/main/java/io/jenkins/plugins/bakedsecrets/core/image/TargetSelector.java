package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;

/**
 * Narrows which images of a source are scanned.
 *
 * @param platform only images of this platform (a variant, when given, must match too)
 * @param name only images whose root descriptor carries this name ({@code org.opencontainers.image.ref.name} or
 *     {@code io.containerd.image.name}), or the repo tag in a docker-archive
 */
public record TargetSelector(Optional<Platform> platform, Optional<String> name) {
    /** Every image of the source. */
    public static final TargetSelector ALL = new TargetSelector(Optional.empty(), Optional.empty());

    /** Validates components. */
    public TargetSelector {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
    }

    /** A selector of one platform. */
    public static TargetSelector of(Platform platform) {
        return new TargetSelector(Optional.of(platform), Optional.empty());
    }

    /** True when an image of {@code candidate} platform (absent: unknown) is selected. */
    public boolean matches(Optional<Platform> candidate) {
        if (platform.isEmpty()) {
            return true;
        }
        if (candidate.isEmpty()) {
            return false;
        }
        Platform want = platform.get();
        Platform have = candidate.get();
        return want.os().equals(have.os()) && want.architecture().equals(have.architecture())
                && (want.variant().isEmpty() || want.variant().equals(have.variant()));
    }
}
