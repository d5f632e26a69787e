package io.jenkins.plugins.bakedsecrets.result;

import java.util.List;
import java.util.Objects;

/**
 * The facts of a scan that its report does not hold, kept in the build's summary.
 *
 * @param images the scanned references as the user wrote them
 * @param imageIds image IDs of the scanned images
 * @param managedVariables environment variables left out because Jenkins manages them as secrets
 * @param reportFile the report's file name inside the build's {@code baked-secrets} directory
 */
public record ScanSummaryFacts(List<String> images, List<String> imageIds, int managedVariables, String reportFile) {
    /** Validates components. */
    public ScanSummaryFacts {
        images = List.copyOf(images);
        imageIds = List.copyOf(imageIds);
        if (managedVariables < 0) {
            throw new IllegalArgumentException("managedVariables must not be negative");
        }
        Objects.requireNonNull(reportFile, "reportFile");
    }
}
