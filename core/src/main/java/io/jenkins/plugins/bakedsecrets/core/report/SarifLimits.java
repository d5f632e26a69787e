package io.jenkins.plugins.bakedsecrets.core.report;

/**
 * How much a SARIF file may hold. Above either limit the writer keeps the most severe results, drops the rest and
 * says so in the run's notifications and properties.
 *
 * @param maxResults most results in the run
 * @param maxBytes most bytes in the file
 */
public record SarifLimits(int maxResults, long maxBytes) {
    /** GitHub code scanning's upload limits: 25,000 results per run and 10 MB per file. */
    public static final SarifLimits GITHUB = new SarifLimits(25_000, 10_000_000L);

    /** Validates components. */
    public SarifLimits {
        if (maxResults < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("SARIF limits must be positive");
        }
    }
}
