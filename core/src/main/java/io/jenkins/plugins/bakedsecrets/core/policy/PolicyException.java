package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.provenance.DocumentException;

/** A policy or waiver file is malformed; the one-line message starts with {@code file:line:column}. */
public class PolicyException extends DocumentException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public PolicyException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
