package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * The CI system and build that produced an image.
 *
 * @param ciUrl root URL of the CI server, when known
 * @param job full job name
 * @param buildNumber build number or id
 * @param node agent the build ran on, when known
 */
public record CiBuilder(Optional<String> ciUrl, String job, String buildNumber, Optional<String> node) {
    /** Validates components. */
    public CiBuilder {
        Objects.requireNonNull(ciUrl, "ciUrl");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(buildNumber, "buildNumber");
        Objects.requireNonNull(node, "node");
    }

    /** A stable id of this build run: the CI URL, job and build number joined. */
    public String invocationId() {
        String root = ciUrl.map(u -> u.endsWith("/") ? u : u + "/").orElse("urn:baked-secrets:ci:");
        return root + "job/" + job + "/" + buildNumber;
    }
}
