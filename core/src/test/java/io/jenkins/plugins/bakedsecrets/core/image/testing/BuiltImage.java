package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.util.List;

/**
 * What was written for one test image, so that tests can assert on digests or corrupt a chosen blob.
 *
 * @param manifestDigest digest of the manifest
 * @param manifestMediaType its media type
 * @param manifestSize its size
 * @param configDigest digest of the config (the image ID)
 * @param layerDigests digests of the layer blobs, bottom first
 * @param diffIds digests of the uncompressed layer tars, bottom first
 */
public record BuiltImage(String manifestDigest, String manifestMediaType, long manifestSize, String configDigest,
                         List<String> layerDigests, List<String> diffIds) {
    /** Copies lists. */
    public BuiltImage {
        layerDigests = List.copyOf(layerDigests);
        diffIds = List.copyOf(diffIds);
    }

    /** The hex part of a digest, as used in blob file names. */
    public static String hex(String digest) {
        return digest.substring(digest.indexOf(':') + 1);
    }
}
