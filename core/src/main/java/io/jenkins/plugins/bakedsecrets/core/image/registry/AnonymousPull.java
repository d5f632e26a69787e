package io.jenkins.plugins.bakedsecrets.core.image.registry;

/** Whether anyone on the network can pull an image without credentials. */
public enum AnonymousPull {
    /** An anonymous client obtained the manifest. */
    TRUE,
    /** The registry refused an anonymous client. */
    FALSE,
    /** The check could not decide, for example because the registry failed or the image does not exist. */
    UNKNOWN
}
