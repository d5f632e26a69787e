import io.jenkins.plugins.bakedsecrets.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cached rescans in a warm JVM, as a Jenkins agent runs them for a rebuilt image: WARMUP full scans of FULL_IMAGE
 * without the cache compile the code, then each of ROUNDS rescans of RESCAN_IMAGE starts from a fresh copy of the
 * filled cache SEED_CACHE (so every round reads only what the cache lacks). Prints the seconds of each scan; the last
 * report goes to OUTPUT. Not part of CI.
 * Usage: java -cp cli/target/baked-secrets.jar bench/WarmRescan.java WARMUP ROUNDS SEED_CACHE FULL_IMAGE RESCAN_IMAGE
 *        KEY_FILE OUTPUT
 */
public final class WarmRescan {
    private WarmRescan() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path seed = Path.of(args[2]);
        List<String> common = List.of("--format", "json", "--fail-on", "none", "--fingerprint-key-file", args[5],
                "--output", args[6]);
        for (int round = 1; round <= warmup; round++) {
            System.out.printf("full %d: %.2f s%n", round, scan("docker-archive:" + args[3], common, "--no-cache"));
        }
        Path cache = Files.createTempDirectory("warm-rescan");
        try {
            for (int round = 1; round <= rounds; round++) {
                delete(cache);
                copy(seed, cache);
                System.out.printf("rescan %d: %.2f s%n", round,
                        scan("docker-archive:" + args[4], common, "--cache-dir=" + cache));
            }
        } finally {
            delete(cache);
        }
    }

    private static double scan(String image, List<String> common, String cacheOption) {
        Stream<String> argv = Stream.concat(Stream.of("scan", image, cacheOption), common.stream());
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = Main.run(argv.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            System.err.print(err);
            System.exit(2);
        }
        return seconds;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
