package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** An image source is malformed: bad JSON, a corrupt archive, a path that escapes, a limit exceeded. */
public class ImageFormatException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message naming the source and what is wrong. */
    public ImageFormatException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public ImageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
