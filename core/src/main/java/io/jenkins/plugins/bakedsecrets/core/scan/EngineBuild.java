package io.jenkins.plugins.bakedsecrets.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which build of the engine runs: the SHA-256 of the jar it was loaded from. Part of every layer cache key, so a
 * development build (whose version does not change between builds) never reads results an older build stored.
 * Computed once per JVM (a few milliseconds); {@code classes} when running from a class directory, {@code unknown}
 * when the code source is not a local file (then the tool version alone tells builds apart).
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
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(location)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (URISyntaxException | IOException | NoSuchAlgorithmException | IllegalArgumentException
                 | FileSystemNotFoundException | SecurityException e) {
            return "unknown";
        }
    }
}
