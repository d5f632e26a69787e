package io.jenkins.plugins.bakedsecrets.core.finding;

/** Where in an image (or around it) a secret was found. */
public enum LocationKind {
    /** A file in a layer, or an entry of an archive inside a layer. */
    FILE("file"),
    /** An {@code Env} entry of the image config. */
    ENV("env"),
    /** A label of the image config. */
    LABEL("label"),
    /** A {@code history[].created_by} entry of the image config (build args, ENV, RUN lines). */
    HISTORY("history"),
    /** Another field of the image config, such as {@code Entrypoint} or {@code Cmd}. */
    CONFIG("config"),
    /** A variable of the CI build environment. */
    CI_ENV("ci-env"),
    /**
     * An annotation of the image manifest ({@code field} {@code manifest}) or of an index entry or index leading to
     * it ({@code field} {@code index}); the key is the annotation's name.
     */
    ANNOTATION("annotation"),
    /** An in-toto attestation attached to the image index (BuildKit provenance or SBOM). */
    ATTESTATION("attestation"),
    /** The registry holding the image (for example: it serves the image anonymously). */
    REGISTRY("registry");

    private final String id;

    LocationKind(String id) {
        this.id = id;
    }

    /** The id used in reports. */
    public String id() {
        return id;
    }

    /** Parses a report id such as {@code ci-env}. */
    public static LocationKind parse(String id) {
        for (LocationKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown location kind '" + id + "'");
    }
}
