package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** A JSON report that cannot be read: malformed, of the wrong shape, too large or of a newer schema version. */
public class ReportFormatException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message naming the source and, where known, line and column. */
    public ReportFormatException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public ReportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
