package io.jenkins.plugins.bakedsecrets.core.finding;

/**
 * The one unchecked error family of the engine. Messages are single lines that name the image, layer digest or path
 * involved and never a secret value; the CLI prints them as they are and exits 2.
 */
public class ScanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public ScanException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
