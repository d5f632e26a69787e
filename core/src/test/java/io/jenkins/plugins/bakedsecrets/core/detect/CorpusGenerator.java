package io.jenkins.plugins.bakedsecrets.core.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Writes the labelled corpus under {@code src/test/resources/corpus} from a fixed seed. It was run once and its output
 * committed, so the corpus stays frozen while rules change; run {@link CorpusGeneratorTest} to regenerate.
 */
final class CorpusGenerator {
    static final long SEED = 20251125L;
    static final String MANIFEST = "corpus.tsv";
    private static final String[] FORMATS = {"env", "properties", "yaml", "json", "ini", "shell", "python", "js",
        "dockerfile", "compose", "xml", "k8s"};

    private final Path root;
    private final SampleGen g = new SampleGen(new Random(SEED));
    private final Map<String, List<String>> formatFiles = new LinkedHashMap<>();
    private final List<String> manifest = new ArrayList<>();
    private int rawCount;

    CorpusGenerator(Path root) {
        this.root = root;
    }

    void generate() throws IOException {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(TokenSamples.all());
        all.addAll(FileSamples.all());
        for (Function<SampleGen, RuleSample> f : all) {
            for (int copy = 0; copy < 2; copy++) {
                place(f.apply(g));
            }
        }
        for (Map.Entry<String, List<String>> e : formatFiles.entrySet()) {
            write(e.getKey(), String.join("\n", e.getValue()) + "\n");
        }
        new CorpusDecoys(g, this).generate();
        manifest.sort(null);
        write(MANIFEST, "file\tline\texpected\tprovenance\n" + String.join("\n", manifest) + "\n");
    }

    private void place(RuleSample s) throws IOException {
        if (!s.assignable()) {
            String file = String.format("pos/%03d%s", rawCount++, s.path());
            write(file, s.content());
            label(file, s.line(), s.ruleId(), "generated " + s.ruleId() + " sample in its real file type and path; "
                    + "label: a fresh value in the service's format");
            return;
        }
        String format = FORMATS[g.nextInt(s.contextual() ? FORMATS.length - 2 : FORMATS.length)];
        String file = "fmt/" + format + "/" + fileName(format);
        List<String> lines = formatFiles.computeIfAbsent(file, k -> new ArrayList<>(List.of(header(format))));
        lines.add(filler(format, lines.size()));
        lines.addAll(render(format, s.name(), s.value()));
        label(file, lineCount(lines), s.ruleId(), "generated " + s.ruleId() + " value written as " + format
                + "; label: real prefix, length, alphabet" + (s.contextual() ? " beside its service's variable name"
                : ""));
    }

    /** Lines of a file built from entries that may themselves hold several lines. */
    static int lineCount(List<String> entries) {
        return entries.stream().mapToInt(e -> (int) e.chars().filter(c -> c == '\n').count() + 1).sum();
    }

    void label(String file, int line, String expected, String provenance) {
        manifest.add(file + "\t" + line + "\t" + expected + "\t" + provenance);
    }

    void write(String file, String content) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.ISO_8859_1);
    }

    static String fileName(String format) {
        return switch (format) {
            case "env" -> "app.env";
            case "properties" -> "application.properties";
            case "yaml" -> "config.yaml";
            case "json" -> "settings.json";
            case "ini" -> "app.ini";
            case "shell" -> "setup.sh";
            case "python" -> "settings.py";
            case "js" -> "config.js";
            case "dockerfile" -> "Dockerfile";
            case "compose" -> "docker-compose.yml";
            case "xml" -> "web.config";
            default -> "deployment.yaml";
        };
    }

    static String header(String format) {
        return switch (format) {
            case "json" -> "{";
            case "xml" -> "<configuration><appSettings>";
            case "js" -> "module.exports = {";
            case "dockerfile" -> "FROM eclipse-temurin:21-jre";
            case "compose" -> "services:\n  app:\n    environment:";
            case "k8s" -> "spec:\n  containers:\n  - name: app\n    env:";
            default -> "# generated settings";
        };
    }

    static String filler(String format, int n) {
        return switch (format) {
            case "json" -> "  \"feature" + n + "\": true,";
            case "xml" -> "  <add key=\"Feature" + n + "\" value=\"on\"/>";
            case "js" -> "  feature" + n + ": true,";
            case "dockerfile" -> "RUN echo step" + n;
            case "compose" -> "      FEATURE_" + n + ": \"on\"";
            case "k8s" -> "    - name: FEATURE_" + n + "\n      value: \"on\"";
            case "yaml" -> "feature_" + n + ": on";
            case "shell", "python", "ini", "properties", "env" -> "FEATURE_" + n + "=on";
            default -> "#";
        };
    }

    static List<String> render(String format, String name, String value) {
        return switch (format) {
            case "env", "properties" -> List.of(name + "=" + value);
            case "yaml" -> List.of(name + ": \"" + value + "\"");
            case "json" -> List.of("  \"" + name + "\": \"" + value + "\",");
            case "ini" -> List.of(name + " = " + value);
            case "shell" -> List.of("export " + name + "='" + value + "'");
            case "python" -> List.of(name + " = \"" + value + "\"");
            case "js" -> List.of("  " + name + ": \"" + value + "\",");
            case "dockerfile" -> List.of("ENV " + name + "=" + value);
            case "compose" -> List.of("      " + name + ": " + value);
            case "xml" -> List.of("  <add key=\"" + name + "\" value=\"" + value.replace("&", "&amp;") + "\"/>");
            default -> List.of("    - name: " + name, "      value: \"" + value + "\"");
        };
    }
}
