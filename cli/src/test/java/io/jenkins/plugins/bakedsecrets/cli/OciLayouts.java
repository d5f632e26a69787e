package io.jenkins.plugins.bakedsecrets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the config, manifest and index of an OCI layout around layer blobs that a test streamed into place. */
final class OciLayouts {
    /** An uncompressed layer tar. */
    static final String TAR = "application/vnd.oci.image.layer.v1.tar";
    /** A gzip layer. */
    static final String TAR_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";

    private OciLayouts() {
    }

    /** A layer blob already in {@code blobs/sha256}. */
    record LayerBlob(String diffId, String digest, long size, String mediaType) {
    }

    /** Writes config, manifest, {@code index.json} (one manifest, tagged {@code ref}) and {@code oci-layout}. */
    static Path write(Path layout, String ref, List<LayerBlob> layers) throws IOException {
        Path blobs = Files.createDirectories(layout.resolve("blobs/sha256"));
        String diffIds = layers.stream().map(l -> "\"" + l.diffId() + "\"").collect(Collectors.joining(","));
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[" + diffIds + "]}}";
        String configHex = put(blobs, config);
        String layerDescriptors = layers.stream().map(l -> "{\"mediaType\":\"" + l.mediaType() + "\",\"digest\":\""
                + l.digest() + "\",\"size\":" + l.size() + "}").collect(Collectors.joining(","));
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
                + configHex + "\",\"size\":" + config.length() + "},\"layers\":[" + layerDescriptors + "]}";
        String manifestHex = put(blobs, manifest);
        Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:" + manifestHex + "\",\"size\":"
                + manifest.length() + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + ref + "\"}}]}");
        return layout;
    }

    private static String put(Path blobs, String content) throws IOException {
        String hex = HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(blobs.resolve(hex), content);
        return hex;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
