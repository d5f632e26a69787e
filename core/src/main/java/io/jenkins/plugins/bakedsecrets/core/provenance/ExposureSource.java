package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One report fed to an {@link ExposureIndex}, with the build it came from and when it was scanned.
 *
 * @param report the scan report
 * @param build a build label such as {@code app-release #42}, when known
 * @param scannedAt when the scan ran; compared with rotation marks
 */
public record ExposureSource(ScanReport report, Optional<String> build, Instant scannedAt) {
    /** Validates components. */
    public ExposureSource {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(scannedAt, "scannedAt");
    }
}
