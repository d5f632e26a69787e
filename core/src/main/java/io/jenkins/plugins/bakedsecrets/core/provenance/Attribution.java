package io.jenkins.plugins.bakedsecrets.core.provenance;

/** Whose layer a finding sits in. Base and own findings count alike in a gate; reports say whose they are. */
public enum Attribution {
    /** In a layer inherited from the base image: the base image's maintainers must fix it. */
    BASE,
    /** In a layer this build added, or no base image is known. */
    OWN,
    /** A base image is claimed but the layers do not match it, or the place (config, history) cannot be assigned. */
    UNKNOWN
}
