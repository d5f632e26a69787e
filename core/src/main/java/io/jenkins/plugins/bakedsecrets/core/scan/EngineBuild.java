package io.jenkins.plugins.bakedsecrets.core.scan;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which build of the engine runs: a SHA-256 over the name, CRC-32 and size of every entry of the jar it was loaded
 * from, which the jar's central directory holds, so no class file is read. Part of every layer cache key, so a
 * development build (whose version does not change between builds) never reads results an older build stored.
 * Hashing the whole jar instead took over half a second of a cached rescan, before the JIT compiles SHA-256.
 * {@code classes} when running from a class directory, {@code unknown} when the code source is not a local file
 * (then the tool version alone tells builds apart).
 */
final class EngineBuild {
    private static final String ID = compute();

    private EngineBuild() {
    }

    static String id() {
        return ID;
    }

    private static String compute() {
        try {
            CodeSource source = EngineBuild.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return "classes";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    sha.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                    sha.update(ByteBuffer.allocate(2 * Long.BYTES + 1).put((byte) 0).putLong(entry.getCrc())
                            .putLong(entry.getSize()).array());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (URISyntaxException | IOException | NoSuchAlgorithmException | IllegalArgumentException
                 | FileSystemNotFoundException | SecurityException e) {
            return "unknown";
        }
    }
}
