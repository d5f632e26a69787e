package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** A governance file (ownership, approvals, rotation marks) is malformed; the message starts {@code file:line:column}. */
public class DocumentException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message that names the file and position. */
    public DocumentException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
