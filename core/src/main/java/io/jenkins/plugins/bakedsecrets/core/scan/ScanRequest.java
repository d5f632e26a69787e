package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to scan.
 *
 * @param images image references in transport syntax ({@code docker-archive:app.tar}, {@code oci:dir:tag}, ...)
 * @param selector which platform images of an index to scan
 * @param ciEnvironment the CI environment to scan, when given
 */
public record ScanRequest(List<String> images, TargetSelector selector, Optional<CiEnvironmentInput> ciEnvironment) {
    /** Validates components. */
    public ScanRequest {
        images = List.copyOf(images);
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(ciEnvironment, "ciEnvironment");
        if (images.isEmpty() && ciEnvironment.isEmpty()) {
            throw new IllegalArgumentException("nothing to scan: give an image or a CI environment");
        }
    }
}
