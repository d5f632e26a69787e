package io.jenkins.plugins.bakedsecrets.core.image.testing;

import io.jenkins.plugins.bakedsecrets.core.image.registry.Tools;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes layer tars with the real GNU tar, for the forms only it writes: sparse members above all. */
public final class GnuTar {
    private GnuTar() {
    }

    /** Whether GNU tar is on the path. */
    public static boolean available() {
        try {
            return Tools.run(List.of("tar", "--version")).contains("GNU tar");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A sparse file of {@code size} bytes holding {@code writes} (offset to text) and holes elsewhere.
     *
     * @return whether the file system kept it sparse (else a large file would really take its size on disk)
     */
    public static boolean sparseFile(Path file, long size, Map<Long, String> writes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
            for (Map.Entry<Long, String> w : writes.entrySet()) {
                raf.seek(w.getKey());
                raf.write(w.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        String allocated = Tools.run(List.of("du", "--block-size=1", file.toString())).split("\\s+")[0];
        return Long.parseLong(allocated) < 16L * 1024 * 1024;
    }

    /** {@code tar -c -S OPTIONS -C DIR MEMBERS...}, as bytes. */
    public static byte[] sparseTar(Path dir, List<String> options, String... members) throws IOException {
        Path out = Files.createTempFile(dir.getParent(), "layer", ".tar");
        List<String> command = new ArrayList<>(List.of("tar", "-c", "-S", "-f", out.toString()));
        command.addAll(options);
        command.addAll(List.of("-C", dir.toString()));
        command.addAll(List.of(members));
        Tools.run(command);
        byte[] tar = Files.readAllBytes(out);
        Files.delete(out);
        return tar;
    }
}
