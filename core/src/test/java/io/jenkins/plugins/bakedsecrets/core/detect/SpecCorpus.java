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

/**
 * Writes the second part of the labelled corpus: values named by their context ({@code ctx/}), values quoted by
 * each syntax's rules ({@code quote/}) and placeholders ({@code ph/}), each case written from the syntax's
 * specification. Run once from a fixed seed and committed (see {@link CorpusGeneratorTest}), like the first part;
 * its labels are in {@link #MANIFEST}.
 */
final class SpecCorpus {
    static final long SEED = 20261207L;
    static final String MANIFEST = "corpus-spec.tsv";

    private final Path root;
    private final SampleGen g = new SampleGen(new Random(SEED));
    private final Map<String, FileBuilder> files = new LinkedHashMap<>();

    /** A corpus file being written: its lines and the labels of some of them. */
    static final class FileBuilder {
        private final List<String> lines = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final String name;

        FileBuilder(String name) {
            this.name = name;
        }

        /** Adds a line nobody expects a finding on. */
        FileBuilder line(String text) {
            lines.add(text);
            return this;
        }

        /** Adds a line holding a secret that {@code rule} must report there. */
        FileBuilder secret(String text, String rule, String provenance) {
            lines.add(text);
            labels.add(name + "\t" + lines.size() + "\t" + rule + "\t" + provenance);
            return this;
        }

        /** Adds a line that looks like a secret and is none. */
        FileBuilder decoy(String text, String provenance) {
            return secret(text, "none", provenance);
        }
    }

    SpecCorpus(Path root) {
        this.root = root;
    }

    SampleGen random() {
        return g;
    }

    /** The file at {@code name} (relative to the corpus root), created on first use. */
    FileBuilder file(String name) {
        return files.computeIfAbsent(name, FileBuilder::new);
    }

    void generate() throws IOException {
        new SpecContextCases(this).generate();
        new SpecQuotingCases(this).generate();
        new SpecPlaceholderCases(this).generate();
        List<String> manifest = new ArrayList<>();
        for (FileBuilder f : files.values()) {
            Path p = root.resolve(f.name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, String.join("\n", f.lines) + "\n", StandardCharsets.UTF_8);
            manifest.addAll(f.labels);
        }
        manifest.sort(null);
        Files.writeString(root.resolve(MANIFEST), "file\tline\texpected\tprovenance\n" + String.join("\n", manifest)
                + "\n", StandardCharsets.UTF_8);
    }
}
