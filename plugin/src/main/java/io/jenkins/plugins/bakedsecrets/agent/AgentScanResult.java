package io.jenkins.plugins.bakedsecrets.agent;

import java.io.Serializable;
import java.util.Objects;

/**
 * What an agent scan sends back: the report under the transport key, and what its layer cache did, for the log.
 *
 * @param report the JSON report, to be re-keyed on the controller
 * @param cacheSummary how many layers the cache served, or empty when no cache was used
 * @param cacheWarning why the cache could not be used (one line), or empty
 */
public record AgentScanResult(byte[] report, String cacheSummary, String cacheWarning) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the report and validates components. */
    public AgentScanResult {
        report = report.clone();
        Objects.requireNonNull(cacheSummary, "cacheSummary");
        Objects.requireNonNull(cacheWarning, "cacheWarning");
    }

    /** A copy of the report bytes. */
    @Override
    public byte[] report() {
        return report.clone();
    }

    @Override
    public String toString() {
        return "AgentScanResult[" + report.length + " bytes]";
    }
}
