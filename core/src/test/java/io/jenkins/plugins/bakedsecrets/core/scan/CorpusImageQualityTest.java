package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall on a container image rather than on loose files: every file of the frozen corpus goes into
 * its own layer of one image at the path it is labelled for, and the whole engine scans it (layer walking, hiding,
 * de-duplication, finding assembly). Files that share a path overwrite each other, as in a real image, and stay
 * scanned. Writes {@code target/corpus-image-quality.md}.
 */
class CorpusImageQualityTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "corpus");
    private static final List<String> MANIFESTS = List.of("corpus.tsv", "corpus-spec.tsv");
    private static final double FLOOR = 0.97;

    @TempDir
    Path dir;

    @Test
    void shouldMeetQualityFloorWhenCorpusIsScannedAsImage() throws IOException {
        List<Path> files = corpusFiles();
        ImageBuilder image = TestImages.image();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            String path = scanPath(rel(file)).substring(1);
            image.layer(Compression.GZIP, l -> l.file(path, content));
        }
        Path archive = dir.resolve("corpus.tar");
        TestImages.dockerArchive().add(image, "corpus:1").writeClassic(archive);

        ScanReport report = scanner().scan(new ScanRequest(List.of("docker-archive:" + archive), TargetSelector.ALL,
                Optional.empty()));

        int tp = 0;
        int fp = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Map<Integer, String>> labels = labels();
        Map<Integer, Set<Integer>> hitLines = new HashMap<>();
        for (Finding f : report.findings()) {
            assertThat(f.location().kind()).as("finding %s", f.findingId()).isEqualTo(LocationKind.FILE);
            int layer = f.location().layerIndex().orElseThrow();
            String rel = rel(files.get(layer));
            int line = f.location().line().orElse(0);
            if (f.ruleId().equals(labels.getOrDefault(rel, Map.of()).get(line))
                    && hitLines.computeIfAbsent(layer, k -> new HashSet<>()).add(line)) {
                tp++;
            } else {
                fp++;
                misses.add("FP " + f.ruleId() + " at " + rel + ":" + line);
            }
        }
        int fn = 0;
        for (int layer = 0; layer < files.size(); layer++) {
            String rel = rel(files.get(layer));
            for (Map.Entry<Integer, String> e : labels.getOrDefault(rel, Map.of()).entrySet()) {
                if (!"none".equals(e.getValue()) && !hitLines.getOrDefault(layer, Set.of()).contains(e.getKey())) {
                    fn++;
                    misses.add("FN " + e.getValue() + " at " + rel + ":" + e.getKey());
                }
            }
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        write(precision, recall, tp, fp, fn, files.size(), misses);

        assertThat(report.targets()).singleElement().satisfies(t -> assertThat(t.layers()).hasSize(files.size()));
        assertThat(tp + fn).as("labelled positives").isGreaterThanOrEqualTo(600);
        assertThat(precision).as("precision on the image; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
        assertThat(recall).as("recall on the image; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
    }

    private static ImageScanner scanner() {
        ScanSettings settings = new ScanSettings(2, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        FingerprintKey key = FingerprintKey.of("corpus-image-key-0123456789".getBytes(StandardCharsets.UTF_8));
        return new ImageScanner(SecretDetector.builtIn(KnownSecrets.none()), key, settings,
                (ref, selector) -> ImageSources.open(ImageReference.parse(ref), selector));
    }

    /** {@code pos/007/root/.pgpass} lies at {@code /root/.pgpass}, as the file-level corpus test scans it. */
    private static String scanPath(String rel) {
        return "/" + rel.split("/", 3)[2];
    }

    private static String rel(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(Files::isRegularFile).filter(p -> !MANIFESTS.contains(ROOT.relativize(p).toString()))
                    .sorted().toList();
        }
    }

    private static Map<String, Map<Integer, String>> labels() throws IOException {
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        for (String manifest : MANIFESTS) {
            List<String> rows = Files.readAllLines(ROOT.resolve(manifest));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t", 4);
                labels.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[1]), f[2]);
            }
        }
        return labels;
    }

    private static void write(double precision, double recall, int tp, int fp, int fn, int layers,
                              List<String> misses) throws IOException {
        StringBuilder b = new StringBuilder("# Corpus detection quality, scanned as one image\n\n");
        b.append(String.format("%d layers. Overall: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n%n", layers,
                precision, recall, tp, fp, fn));
        misses.forEach(m -> b.append("- ").append(m).append('\n'));
        Path out = Path.of("target", "corpus-image-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString());
    }
}
