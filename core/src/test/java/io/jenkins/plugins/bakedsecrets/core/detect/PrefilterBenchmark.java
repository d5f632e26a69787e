package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scans the same 64 MiB of mixed text with rule sets of 10, 150 and 1,000 rules and prints MB/s per set. The 1,000
 * set is the built-in rules plus distinct synthetic prefixed-token rules, so keyword count grows while content stays
 * the same: the keyword automaton should keep the cost flat. Run by {@code bench/prefilter.sh}; not a CI test.
 */
final class PrefilterBenchmark {
    static final int INPUT_BYTES = 64 * 1024 * 1024;
    private static final int RUNS = 5;

    private PrefilterBenchmark() {
    }

    static String run() throws IOException {
        byte[] input = input(new SampleGen(new Random(7)));
        StringBuilder out = new StringBuilder("| Rule set | Rules | Keywords | MB/s (best of " + RUNS + ") | Findings |\n"
                + "|----------|-------|----------|------------------|----------|\n");
        for (int size : new int[] {10, 150, 1000}) {
            row(out, "synthetic prefixed tokens", RuleSet.of("synthetic" + size, synthetic(size, List.of())), input);
        }
        row(out, "built-in", RuleSet.builtIn(), input);
        row(out, "built-in + synthetic", RuleSet.of("mixed", rules(1000)), input);
        return out.toString();
    }

    private static void row(StringBuilder out, String label, RuleSet set, byte[] input) throws IOException {
        SecretDetector detector = SecretDetector.create(set, KnownSecrets.none());
        long findings = scan(detector, input);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            scan(detector, input);
            best = Math.min(best, System.nanoTime() - start);
        }
        long keywords = set.rules().stream().flatMap(r -> r.keywords().stream()).distinct().count();
        out.append(String.format("| %s | %d | %d | %.0f | %d |%n", label, set.rules().size(), keywords,
                input.length / 1e6 / (best / 1e9), findings));
    }

    /** The built-in rules topped up to {@code size} with synthetic prefixed-token rules. */
    static List<Rule> rules(int size) {
        return synthetic(size, RuleSet.builtIn().rules());
    }

    /** {@code base} topped up with distinct synthetic prefixed-token rules to {@code size} rules. */
    static List<Rule> synthetic(int size, List<Rule> base) {
        List<Rule> out = new ArrayList<>(base.subList(0, Math.min(size, base.size())));
        for (int i = 0; out.size() < size; i++) {
            String prefix = "zq" + Integer.toString(i, 36) + "x_";
            out.add(RuleShapes.prefixed("synthetic-" + i, "Synthetic token " + i, Severity.MEDIUM, "Benchmark only.",
                    prefix, "[A-Za-z0-9]{32}"));
        }
        return out;
    }

    private static long scan(SecretDetector detector, byte[] input) throws IOException {
        AtomicLong count = new AtomicLong();
        Location base = Location.of(LocationKind.FILE).path("/bench/input.txt").layer(0, "sha256:" + "0".repeat(64),
                "sha256:" + "0".repeat(64)).build();
        detector.scanFile(base, new ByteArrayInputStream(input), d -> count.incrementAndGet());
        return count.get();
    }

    /**
     * Config, code, logs (with "path=", a frequent keyword hit) and base64 lines; a secret-like name every 500 lines
     * and a secret every 10,000.
     */
    static byte[] input(SampleGen g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INPUT_BYTES + 4096);
        String[] templates = {"server.port=%d", "  timeout: %ds # request timeout", "if (count > %d) { return x; }",
            "2025-01-01T00:00:00Z INFO request id=%d took 12ms path=/api/v1/orders",
            "import com.example.service.Handler%d;", "<dependency><artifactId>lib-%d</artifactId></dependency>",
            "retry_backoff_ms: %d", "\"version\": \"1.%d.0\","};
        for (int n = 0; out.size() < INPUT_BYTES; n++) {
            String line = n % 10_000 == 0 ? "GITHUB_TOKEN=" + g.crc32Base62("ghp_")
                    : n % 10_000 == 5000 ? "TOKEN=zq" + Integer.toString(n % 9, 36) + "x_" + g.alnum(32)
                    : n % 500 == 0 ? "password_min_length: " + n
                    : n % 7 == 0 ? g.base64Bytes(57) : String.format(templates[n % templates.length], n);
            out.writeBytes((line + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return Arrays.copyOf(out.toByteArray(), INPUT_BYTES);
    }
}
