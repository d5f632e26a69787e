package io.jenkins.plugins.bakedsecrets.agent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The non-secret-bearing inputs of an agent scan, grouped so that the callable's constructor stays small.
 *
 * @param images image references
 * @param environment build environment variables to scan, when the environment is scanned
 * @param environmentName how the report names the environment
 * @param toolVersion plugin version recorded in the report
 * @param cache where the agent keeps per-layer results, when it does
 */
public record AgentScanRequest(List<String> images, Optional<Map<String, String>> environment,
                               String environmentName, String toolVersion, Optional<AgentCache> cache) {
    /** Validates components. */
    public AgentScanRequest {
        images = List.copyOf(images);
        environment = environment.map(Map::copyOf);
        Objects.requireNonNull(environmentName, "environmentName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(cache, "cache");
    }

    @Override
    public String toString() {
        return "AgentScanRequest[" + images + ", " + environment.map(Map::size).orElse(0) + " variables]";
    }
}
