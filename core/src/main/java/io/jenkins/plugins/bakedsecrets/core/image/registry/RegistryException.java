package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** A registry refused, could not be reached or answered with something unusable; the message names host and repository. */
public class RegistryException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message naming the registry. */
    public RegistryException(String message) {
        super(message);
    }

    /** An error with a one-line message naming the registry, and its cause. */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
