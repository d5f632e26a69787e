package io.jenkins.plugins.bakedsecrets.testutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a tiny single-layer image in the classic {@code docker save} layout: {@code manifest.json}, a config named by
 * its digest and one uncompressed layer tar whose digest is the config's diff ID.
 */
public final class DockerArchiveFixture {
    private DockerArchiveFixture() {
    }

    /** An archive whose only layer holds the given files (relative paths to UTF-8 contents). */
    public static byte[] withFiles(Map<String, String> files) throws IOException {
        Map<String, byte[]> layerFiles = new TreeMap<>();
        files.forEach((path, content) -> layerFiles.put(path, content.getBytes(StandardCharsets.UTF_8)));
        byte[] layer = tar(layerFiles);
        String diffId = sha256(layer);
        String config = """
                {"architecture":"amd64","os":"linux","config":{"Env":["PATH=/usr/bin:/bin"]},\
                "rootfs":{"type":"layers","diff_ids":["sha256:%s"]},\
                "history":[{"created_by":"COPY files / # baked-secrets test fixture"}]}""".formatted(diffId);
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String configName = sha256(configBytes) + ".json";
        String layerName = diffId + "/layer.tar";
        String manifest = """
                [{"Config":"%s","RepoTags":["fixture/app:1.0"],"Layers":["%s"]}]""".formatted(configName, layerName);
        return tar(Map.of(
                "manifest.json", manifest.getBytes(StandardCharsets.UTF_8),
                configName, configBytes,
                layerName, layer));
    }

    /** The archive as base64, for Pipeline's {@code writeFile encoding: 'Base64'}. */
    public static String base64(byte[] archive) {
        return Base64.getEncoder().encodeToString(archive);
    }

    private static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                put(tar, e.getKey(), e.getValue());
            }
            tar.finish();
        }
        return out.toByteArray();
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
