package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures precision and recall of the built-in rules on the frozen labelled corpus. A labelled line is a true
 * positive when its expected rule reports on it; every other finding (a decoy line, an unlabelled line, another rule
 * on a labelled line) is a false positive. Writes {@code target/corpus-quality.md}.
 */
class CorpusQualityTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "corpus");
    private static final double FLOOR = 0.97;

    /** Per-rule counts. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    @Test
    void shouldMeetQualityFloorWhenScanningCorpus() throws IOException {
        Map<String, Map<Integer, String>> labels = readLabels(ROOT);
        Map<String, Counts> perRule = new TreeMap<>();
        Counts total = new Counts();
        List<String> misses = new ArrayList<>();
        for (Path file : corpusFiles()) {
            String rel = ROOT.relativize(file).toString().replace('\\', '/');
            Map<Integer, String> expected = labels.getOrDefault(rel, Map.of());
            Set<Integer> hitLines = new HashSet<>();
            for (DetectedSecret d : scan(file, scanPath(rel))) {
                int line = d.location().line().orElse(0);
                Counts c = perRule.computeIfAbsent(d.ruleId(), k -> new Counts());
                if (d.ruleId().equals(expected.get(line)) && hitLines.add(line)) {
                    c.tp++;
                    total.tp++;
                } else {
                    c.fp++;
                    total.fp++;
                    misses.add("FP " + d.ruleId() + " at " + rel + ":" + line);
                }
            }
            expected.forEach((line, rule) -> {
                if (!"none".equals(rule) && !hitLines.contains(line)) {
                    perRule.computeIfAbsent(rule, k -> new Counts()).fn++;
                    total.fn++;
                    misses.add("FN " + rule + " at " + rel + ":" + line);
                }
            });
        }
        writeReport(perRule, total, misses);

        assertThat(total.precision()).as("overall precision; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
        assertThat(total.recall()).as("overall recall; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
        assertThat(total.tp + total.fn).as("labelled positives").isGreaterThanOrEqualTo(600);
    }

    /** {@code pos/007/root/.pgpass} is scanned as {@code /root/.pgpass}; format and decoy files keep their name. */
    static String scanPath(String rel) {
        String[] parts = rel.split("/", 3);
        return "/" + parts[2];
    }

    private static List<DetectedSecret> scan(Path file, String path) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Detections.inStream(SecretDetector.builtIn(KnownSecrets.none()), path, in);
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(Files::isRegularFile).filter(p -> !isManifest(p)).sorted().toList();
        }
    }

    /** The manifests: {@code corpus.tsv} of the first part, {@code corpus-spec.tsv} of the second. */
    static boolean isManifest(Path p) {
        return p.getParent().equals(ROOT) && p.getFileName().toString().endsWith(".tsv");
    }

    /** Labels of every manifest: file, then line, then the expected rule id or {@code none}. */
    static Map<String, Map<Integer, String>> readLabels(Path root) throws IOException {
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        for (String manifest : List.of(CorpusGenerator.MANIFEST, SpecCorpus.MANIFEST)) {
            List<String> rows = Files.readAllLines(root.resolve(manifest));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t", 4);
                labels.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[1]), f[2]);
            }
        }
        return labels;
    }

    private static void writeReport(Map<String, Counts> perRule, Counts total, List<String> misses)
            throws IOException {
        StringBuilder b = new StringBuilder("# Corpus detection quality\n\n");
        b.append(String.format("Overall: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n%n", total.precision(),
                total.recall(), total.tp, total.fp, total.fn));
        b.append("| Rule | TP | FP | FN | Precision | Recall |\n|------|----|----|----|-----------|--------|\n");
        perRule.forEach((rule, c) -> b.append(String.format("| `%s` | %d | %d | %d | %.2f | %.2f |%n", rule, c.tp,
                c.fp, c.fn, c.precision(), c.recall())));
        b.append("\n## Misses\n\n");
        misses.forEach(m -> b.append("- ").append(m).append('\n'));
        Path out = Path.of("target", "corpus-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString());
    }
}
