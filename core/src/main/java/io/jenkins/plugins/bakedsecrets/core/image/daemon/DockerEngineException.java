package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** The engine could not be reached or refused an export; the message names the engine address and the image. */
public class DockerEngineException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public DockerEngineException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public DockerEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
