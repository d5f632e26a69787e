package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Set;

/** Media types of manifests, indexes, configs and layers, and what each layer type is compressed with. */
final class MediaTypes {
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
    static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";
    static final String OCI_LAYER_GZIP = OCI_LAYER + "+gzip";
    static final String OCI_LAYER_ZSTD = OCI_LAYER + "+zstd";
    static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar";
    static final String DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    static final String IN_TOTO = "application/vnd.in-toto+json";

    private static final String OCI_FOREIGN = "application/vnd.oci.image.layer.nondistributable.v1.tar";
    private static final String DOCKER_FOREIGN = "application/vnd.docker.image.rootfs.foreign.diff.tar";

    private static final Set<String> INDEXES = Set.of(OCI_INDEX, DOCKER_LIST);
    private static final Set<String> MANIFESTS = Set.of(OCI_MANIFEST, DOCKER_MANIFEST);

    private MediaTypes() {
    }

    /** How a layer blob is compressed according to its media type. */
    enum Compression { NONE, GZIP, ZSTD }

    static boolean isIndex(String mediaType) {
        return INDEXES.contains(mediaType);
    }

    static boolean isManifest(String mediaType) {
        return MANIFESTS.contains(mediaType);
    }

    /** True for the config of an image, as opposed to the config of another artifact stored as a manifest. */
    static boolean isConfig(String mediaType) {
        return OCI_CONFIG.equals(mediaType) || DOCKER_CONFIG.equals(mediaType);
    }

    /** True for layers that registries need not serve and archives often omit. */
    static boolean isForeign(String mediaType) {
        return mediaType.startsWith(OCI_FOREIGN) || mediaType.startsWith(DOCKER_FOREIGN);
    }

    /**
     * The compression a layer media type declares.
     *
     * @throws UnsupportedMediaTypeException for anything that is not a tar layer
     */
    static Compression layerCompression(String mediaType, String digest) {
        return switch (mediaType) {
            case OCI_LAYER, DOCKER_LAYER, OCI_FOREIGN, DOCKER_FOREIGN -> Compression.NONE;
            case OCI_LAYER_GZIP, DOCKER_LAYER_GZIP, OCI_FOREIGN + "+gzip", DOCKER_FOREIGN + ".gzip" ->
                    Compression.GZIP;
            case OCI_LAYER_ZSTD, OCI_FOREIGN + "+zstd" -> Compression.ZSTD;
            default -> throw new UnsupportedMediaTypeException(mediaType, digest);
        };
    }
}
