package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.Objects;

/**
 * The tool that made a report.
 *
 * @param name tool name
 * @param version tool version
 * @param rulesVersion version of the rule set
 */
public record ToolInfo(String name, String version, String rulesVersion) {
    /** Validates components. */
    public ToolInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }
}
