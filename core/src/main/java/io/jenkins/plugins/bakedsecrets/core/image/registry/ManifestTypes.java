package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Media types of manifests and indexes the client negotiates. */
final class ManifestTypes {
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    static final List<String> ACCEPTED = List.of(OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST);
    static final String ACCEPT_HEADER = String.join(", ", ACCEPTED);

    private static final Set<String> GENERIC = Set.of("", "application/json", "text/plain",
            "application/octet-stream");

    private ManifestTypes() {
    }

    static boolean isManifest(String mediaType) {
        return ACCEPTED.contains(mediaType);
    }

    /** The media type without parameters, lower case. */
    static String bare(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a Content-Type says nothing about the manifest kind, so the JSON {@code mediaType} must decide. */
    static boolean isGeneric(String mediaType) {
        return GENERIC.contains(mediaType);
    }
}
