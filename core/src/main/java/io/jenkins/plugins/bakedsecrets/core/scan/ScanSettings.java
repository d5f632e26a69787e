package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import java.util.Objects;

/**
 * How to scan.
 *
 * @param parallelism threads: how many layers are walked at once and how many threads detect in their files; 1 does
 *     everything on one thread
 * @param limits limits for walking untrusted layers
 * @param tool name and version recorded in reports
 */
public record ScanSettings(int parallelism, WalkLimits limits, ToolInfo tool) {
    /** Validates components. */
    public ScanSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(tool, "tool");
    }

    /** One thread per available core, default limits. */
    public static ScanSettings defaults(ToolInfo tool) {
        return new ScanSettings(Math.max(1, Runtime.getRuntime().availableProcessors()), WalkLimits.DEFAULT, tool);
    }
}
