package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;

import java.util.Objects;

/**
 * The root manifest or index an image name points to, with its digest verified against the bytes received.
 *
 * @param name the image name that was resolved
 * @param root descriptor of the root: media type from the response, sha256 digest and size of the bytes
 */
public record ResolvedManifest(RegistryImageName name, Descriptor root) {
    /** Validates components. */
    public ResolvedManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
    }

    /** The image name pinned to the root digest, for reports and reproducible pulls. */
    public RegistryImageName pinned() {
        return name.withDigest(root.digest());
    }
}
