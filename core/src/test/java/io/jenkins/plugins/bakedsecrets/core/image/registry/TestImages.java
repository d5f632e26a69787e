package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Writes small OCI image layouts for tests: one image, or an index of two platforms. */
final class TestImages {
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A blob written to the layout. */
    record Blob(String mediaType, String digest, byte[] bytes) {
    }

    /** An image written to the layout: its manifest and its single layer. */
    record Image(Blob manifest, Blob layer) {
    }

    private TestImages() {
    }

    /** A layout at {@code dir} holding one linux image tagged {@code tag}. */
    static Image single(Path dir, String tag) throws IOException {
        Image image = image(dir, "amd64");
        writeIndex(dir, image.manifest(), tag);
        return image;
    }

    /** A layout whose tag points to an index of a linux/amd64 and a linux/arm64 image. */
    static Blob multiArch(Path dir, String tag) throws IOException {
        Image amd = image(dir, "amd64");
        Image arm = image(dir, "arm64");
        ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", OCI_INDEX);
        ArrayNode manifests = index.putArray("manifests");
        manifests.add(platformDescriptor(amd, "amd64"));
        manifests.add(platformDescriptor(arm, "arm64"));
        Blob blob = write(dir, OCI_INDEX, JSON.writeValueAsBytes(index));
        writeIndex(dir, blob, tag);
        return blob;
    }

    private static ObjectNode platformDescriptor(Image image, String arch) {
        ObjectNode d = descriptor(image.manifest());
        d.putObject("platform").put("os", "linux").put("architecture", arch);
        return d;
    }

    private static Image image(Path dir, String arch) throws IOException {
        byte[] tar = layerTar("etc/app-" + arch + ".conf", "id=" + UUID.randomUUID() + "\n");
        Blob layer = write(dir, "application/vnd.oci.image.layer.v1.tar+gzip", gzip(tar));
        ObjectNode config = JSON.createObjectNode().put("architecture", arch).put("os", "linux");
        config.putObject("rootfs").put("type", "layers").putArray("diff_ids").add(digest(tar));
        config.putObject("config").putArray("Env").add("PATH=/usr/bin");
        Blob configBlob = write(dir, "application/vnd.oci.image.config.v1+json", JSON.writeValueAsBytes(config));
        ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", OCI_MANIFEST);
        manifest.set("config", descriptor(configBlob));
        manifest.putArray("layers").add(descriptor(layer));
        return new Image(write(dir, OCI_MANIFEST, JSON.writeValueAsBytes(manifest)), layer);
    }

    private static void writeIndex(Path dir, Blob root, String tag) throws IOException {
        ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2);
        ObjectNode d = descriptor(root);
        d.putObject("annotations").put("org.opencontainers.image.ref.name", tag);
        index.putArray("manifests").add(d);
        Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
        Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    }

    private static ObjectNode descriptor(Blob blob) {
        return JSON.createObjectNode().put("mediaType", blob.mediaType()).put("digest", blob.digest())
                .put("size", blob.bytes().length);
    }

    static Blob write(Path dir, String mediaType, byte[] bytes) throws IOException {
        String digest = digest(bytes);
        Path file = dir.resolve("blobs/sha256/" + digest.substring("sha256:".length()));
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new Blob(mediaType, digest, bytes);
    }

    static byte[] layerTar(String path, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            TarArchiveEntry entry = new TarArchiveEntry(path);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
