import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds the scaling images of bench/run.sh from one layer tar of real content (the bench image's /usr/share), as
 * classic docker-archives with gzip layers:
 *   size-N.tar     one layer of N MiB of the source's files, in order (N = 64, 256, 1024)
 *   files-N.tar    one layer of 256 MiB of the source's bytes cut into files of N KiB (4, 64, 1024, 16384)
 *   layers-N.tar   512 MiB of the source's files spread over N layers (1, 2, 4, 8)
 * Usage: java -cp cli/target/baked-secrets.jar bench/ScaleImages.java SOURCE_TAR OUT_DIR
 */
public final class ScaleImages {
    private static final long MIB = 1024 * 1024;

    private ScaleImages() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        for (int mib : new int[] {64, 256, 1024}) {
            write(out.resolve("size-" + mib + ".tar"), List.of(new Files1(source, mib * MIB, 0)));
        }
        for (int kib : new int[] {4, 64, 1024, 16384}) {
            write(out.resolve("files-" + kib + ".tar"), List.of(new Cut(source, 256 * MIB, kib * 1024L)));
        }
        for (int layers : new int[] {1, 2, 4, 8}) {
            List<Content> parts = new ArrayList<>();
            for (int i = 0; i < layers; i++) {
                parts.add(new Files1(source, 512 * MIB / layers, i * 512 * MIB / layers));
            }
            write(out.resolve("layers-" + layers + ".tar"), parts);
        }
    }

    /** What goes into one layer tar. */
    interface Content {
        void writeTo(TarArchiveOutputStream tar) throws IOException;
    }

    /** The source's regular files from byte {@code skip} of their content on, until {@code bytes} are written. */
    record Files1(Path source, long bytes, long skip) implements Content {
        @Override
        public void writeTo(TarArchiveOutputStream tar) throws IOException {
            long seen = 0;
            long written = 0;
            for (int round = 0; written < bytes; round++) {
                try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(source))) {
                    for (TarArchiveEntry e = in.getNextEntry(); e != null && written < bytes; e = in.getNextEntry()) {
                        if (!e.isFile() || e.getSize() == 0) {
                            continue;
                        }
                        seen += e.getSize();
                        if (seen <= skip) {
                            continue;
                        }
                        long size = Math.min(e.getSize(), bytes - written);
                        copy(tar, "r" + round + "/" + e.getName(), in, size);
                        written += size;
                    }
                }
            }
        }
    }

    /** The source's file bytes, concatenated, cut into files of {@code fileBytes} until {@code bytes} are written. */
    record Cut(Path source, long bytes, long fileBytes) implements Content {
        @Override
        public void writeTo(TarArchiveOutputStream tar) throws IOException {
            byte[] file = new byte[(int) fileBytes];
            int filled = 0;
            long written = 0;
            int count = 0;
            while (written < bytes) {
                try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(source))) {
                    for (TarArchiveEntry e = in.getNextEntry(); e != null && written < bytes; e = in.getNextEntry()) {
                        for (int n = 0; e.isFile() && n >= 0 && written < bytes; ) {
                            n = in.read(file, filled, file.length - filled);
                            filled += Math.max(n, 0);
                            if (filled == file.length) {
                                TarArchiveEntry f = new TarArchiveEntry(String.format("data/d%04d/f%08d", count / 1000,
                                        count++));
                                f.setSize(filled);
                                tar.putArchiveEntry(f);
                                tar.write(file, 0, filled);
                                tar.closeArchiveEntry();
                                written += filled;
                                filled = 0;
                            }
                        }
                    }
                }
            }
        }
    }

    private static void copy(TarArchiveOutputStream tar, String name, InputStream in, long size) throws IOException {
        TarArchiveEntry f = new TarArchiveEntry(name);
        f.setSize(size);
        tar.putArchiveEntry(f);
        byte[] buffer = new byte[64 * 1024];
        for (long left = size; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            tar.write(buffer, 0, n);
            left -= n;
        }
        tar.closeArchiveEntry();
    }

    /** Writes a classic docker-archive (gzip layers named by diff ID, config, manifest.json). */
    private static void write(Path archive, List<Content> layers) throws Exception {
        if (Files.exists(archive)) {
            return;
        }
        Path tmp = Files.createTempDirectory(archive.getParent(), "scale");
        List<String> diffIds = new ArrayList<>();
        for (Content layer : layers) {
            Path blob = tmp.resolve("layer.tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(blob), 1 << 20);
                 OutputStream gz = new GZIPOutputStream(file, 1 << 16) {
                     {
                         def.setLevel(Deflater.BEST_SPEED);
                     }
                 };
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(new DigestOutputStream(gz, sha))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                layer.writeTo(tar);
            }
            String diff = HexFormat.of().formatHex(sha.digest());
            Files.createDirectories(tmp.resolve(diff));
            Files.move(blob, tmp.resolve(diff).resolve("layer.tar"));
            diffIds.add(diff);
        }
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[" + String.join(",", diffIds.stream().map(d -> "\"sha256:" + d + "\"").toList()) + "]}}";
        String configHex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                config.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(tmp.resolve(configHex + ".json"), config);
        Files.writeString(tmp.resolve("manifest.json"), "[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\"scale:"
                + archive.getFileName().toString().replace(".tar", "") + "\"],\"Layers\":["
                + String.join(",", diffIds.stream().map(d -> "\"" + d + "/layer.tar\"").toList()) + "]}]");
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new BufferedOutputStream(
                Files.newOutputStream(partial), 1 << 20))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            List<Path> files = new ArrayList<>();
            try (var all = Files.walk(tmp)) {
                all.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            for (Path f : files) {
                TarArchiveEntry e = new TarArchiveEntry(tmp.relativize(f).toString());
                e.setSize(Files.size(f));
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
                Files.delete(f);
            }
        }
        Files.move(partial, archive);
        try (var all = Files.walk(tmp)) {
            all.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
