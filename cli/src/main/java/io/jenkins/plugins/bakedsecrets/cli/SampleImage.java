package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds the demonstration image of {@link SampleCommand}: a classic {@code docker save} archive. */
final class SampleImage {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private final SecureRandom random = new SecureRandom();

    private SampleImage() {
    }

    static void write(Path file) throws IOException {
        new SampleImage().writeArchive(file);
    }

    private void writeArchive(Path file) throws IOException {
        List<byte[]> layers = List.of(baseLayer(), credentialsLayer(), cleanupLayer());
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = json.createObjectNode();
        config.put("architecture", "amd64").put("os", "linux");
        ObjectNode cfg = config.putObject("config");
        cfg.putArray("Env").add("PATH=/usr/local/bin:/usr/bin:/bin").add("GITHUB_TOKEN=" + checksummed("ghp_"));
        cfg.putArray("Entrypoint").add("java").add("-jar").add("/app/app.jar");
        cfg.putObject("Labels").put("org.opencontainers.image.title", "baked-secrets sample");
        ArrayNode history = config.putArray("history");
        history.addObject().put("created_by", "COPY app.jar /app/app.jar # buildkit");
        history.addObject().put("created_by", "RUN |1 NPM_TOKEN=" + checksummed("npm_")
                + " /bin/sh -c mkdir -p /root/.aws && cp credentials /root/.aws/ # buildkit");
        history.addObject().put("created_by", "RUN /bin/sh -c rm /root/.aws/credentials # buildkit");
        ObjectNode rootfs = config.putObject("rootfs").put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ArrayNode layerNames = json.createArrayNode();
        for (int i = 0; i < layers.size(); i++) {
            String diffId = sha256(layers.get(i));
            diffIds.add("sha256:" + diffId);
            entries.put(diffId + "/layer.tar", layers.get(i));
            layerNames.add(diffId + "/layer.tar");
        }
        byte[] configBytes = json.writeValueAsBytes(config);
        String configName = sha256(configBytes) + ".json";
        ObjectNode manifest = json.createObjectNode();
        manifest.put("Config", configName);
        manifest.putArray("RepoTags").add("sample/app:1.0");
        manifest.set("Layers", layerNames);
        Map<String, byte[]> archive = new LinkedHashMap<>();
        archive.put(configName, configBytes);
        archive.putAll(entries);
        archive.put("manifest.json", json.writeValueAsBytes(json.createArrayNode().add(manifest)));
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTar(archive, out);
        }
    }

    private byte[] baseLayer() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("etc/app/settings.yaml", "log_level: info\npassword: ${DB_PASSWORD}\n".getBytes(UTF8));
        files.put("app/app.jar", jar("BOOT-INF/classes/application.properties",
                "spring.datasource.url=jdbc:postgresql://db:5432/orders\n"
                        + "spring.datasource.username=orders\n"
                        + "spring.datasource.password=" + randomOf(BASE62, 24) + "\n"));
        return tar(files);
    }

    private byte[] credentialsLayer() throws IOException {
        String credentials = "[default]\naws_access_key_id = AKIA" + randomOf(BASE32, 16)
                + "\naws_secret_access_key = " + randomOf(BASE64, 40) + "\n";
        return tar(Map.of("root/.aws/credentials", credentials.getBytes(UTF8)));
    }

    private byte[] cleanupLayer() throws IOException {
        return tar(Map.of("root/.aws/.wh.credentials", new byte[0]));
    }

    /** A GitHub- or npm-format token: 30 random base62 characters and a base62 CRC32 of them, as both issue them. */
    private String checksummed(String prefix) {
        String body = randomOf(BASE62, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(UTF8));
        long value = crc.getValue();
        char[] check = new char[6];
        for (int i = 5; i >= 0; i--) {
            check[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return prefix + body + new String(check);
    }

    private String randomOf(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static byte[] jar(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(UTF8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] tar(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTar(files, bytes);
        return bytes.toByteArray();
    }

    private static void writeTar(Map<String, byte[]> files, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(f.getValue().length);
                e.setModTime(0L);
                tar.putArchiveEntry(e);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
