package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Optional;

/** The containers-image transports the scanner recognises, named as skopeo users write them. */
public enum Transport {
    /** {@code docker-archive:PATH[:REFERENCE|:@INDEX]}: the output of {@code docker save}. */
    DOCKER_ARCHIVE("docker-archive:"),
    /** {@code oci:DIR[:REF]}: an OCI image layout directory. */
    OCI("oci:"),
    /** {@code oci-archive:PATH[:REF]}: an OCI image layout inside a tar. */
    OCI_ARCHIVE("oci-archive:"),
    /** {@code docker://HOST/REPO[:TAG|@DIGEST]}: a registry. */
    DOCKER("docker://"),
    /** {@code docker-daemon:NAME[:TAG]}: a local Docker engine. */
    DOCKER_DAEMON("docker-daemon:");

    private final String prefix;

    Transport(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix that introduces this transport, for example {@code oci-archive:}. */
    public String prefix() {
        return prefix;
    }

    /** The transport whose prefix starts {@code text}, if any. */
    static Optional<Transport> ofText(String text) {
        // Longest prefixes first, so that "oci-archive:" is not read as "oci:" with path "-archive...".
        for (Transport t : new Transport[] {OCI_ARCHIVE, DOCKER_ARCHIVE, DOCKER_DAEMON, DOCKER, OCI}) {
            if (text.startsWith(t.prefix)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
