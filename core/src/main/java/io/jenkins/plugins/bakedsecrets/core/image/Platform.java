package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;

/**
 * An OCI platform: operating system, architecture and optional variant.
 *
 * @param os operating system, for example {@code linux}
 * @param architecture architecture, for example {@code amd64}
 * @param variant variant, for example {@code v8}
 */
public record Platform(String os, String architecture, Optional<String> variant) {
    /** Validates components. */
    public Platform {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(variant, "variant");
    }

    /** Parses {@code os/arch[/variant]}. */
    public static Platform parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("platform '" + text + "' is not of the form os/arch[/variant]");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? Optional.of(parts[2]) : Optional.empty());
    }

    /** How messages name the platform of an image, which its index and config may both leave unsaid. */
    static String describe(Optional<Platform> platform) {
        return platform.map(Platform::toString).orElse("an image of unknown platform");
    }

    @Override
    public String toString() {
        return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
    }
}
