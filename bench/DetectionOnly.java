import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Detection alone, on one thread, in memory: the first MIB MiB of regular files under each directory are read once,
 * then every file is scanned ROUNDS times with the built-in rules; prints nanoseconds per byte for each round. The
 * first rounds include the JIT's warm-up; the best of the later ones is the steady cost of detection, without
 * decompression, tar parsing or threads. Not part of CI.
 * Usage: java -cp cli/target/baked-secrets.jar bench/DetectionOnly.java MIB ROUNDS DIR...
 */
public final class DetectionOnly {
    private DetectionOnly() {
    }

    public static void main(String[] args) throws IOException {
        long perDir = Long.parseLong(args[0]) << 20;
        int rounds = Integer.parseInt(args[1]);
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        long total = 0;
        for (int d = 2; d < args.length; d++) {
            long here = 0;
            try (Stream<Path> walk = Files.walk(Path.of(args[d]))) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (here >= perDir) {
                        break;
                    }
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(p)) {
                        byte[] bytes = Files.readAllBytes(p);
                        paths.add(p.toString().substring(1));
                        contents.add(bytes);
                        here += bytes.length;
                    }
                }
            }
            total += here;
        }
        SecretDetector detector = SecretDetector.builtIn(KnownSecrets.none());
        long[] findings = new long[1];
        for (int round = 1; round <= rounds; round++) {
            findings[0] = 0;
            long start = System.nanoTime();
            for (int i = 0; i < contents.size(); i++) {
                Location base = Location.of(LocationKind.FILE).path(paths.get(i))
                        .layer(0, "sha256:bench", "sha256:bench").build();
                detector.scanFile(base, new ByteArrayInputStream(contents.get(i)), d -> findings[0]++);
            }
            double nsPerByte = (System.nanoTime() - start) / (double) total;
            System.out.printf("round %d: %.2f ns/B (%.0f MiB/s), %d files, %d MiB, %d findings%n", round, nsPerByte,
                    1e9 / nsPerByte / (1 << 20), contents.size(), total >> 20, findings[0]);
        }
    }
}
