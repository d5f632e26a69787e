package io.jenkins.plugins.bakedsecrets.core.detect;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A generated secret for one rule. Assignable samples ({@code name} non-empty) can be written in any config format
 * as {@code name = value}; contextual ones need the name beside the value (the rule keys on it). Raw samples are a
 * whole file at a fixed path; line 0 means the file itself is the secret.
 *
 * @param ruleId the rule expected to report it
 * @param name variable name, empty for raw samples
 * @param value the value written after the name
 * @param secret the exact value the rule reports (empty for whole-file secrets)
 * @param contextual whether the name must sit beside the value
 * @param path path of a raw sample
 * @param content content of a raw sample
 * @param line line of a raw sample's finding
 */
public record RuleSample(String ruleId, String name, String value, String secret, boolean contextual, String path,
                  String content, int line) {
    /**
     * One fresh sample of every built-in rule's secret (the catalogue {@code RuleCatalogTest} checks is complete):
     * tests in other packages iterate it, so a rule added later is covered without changing them.
     */
    public static Stream<RuleSample> catalogue() {
        SampleGen fresh = new SampleGen(new SecureRandom());
        return generators().stream().map(f -> f.apply(fresh));
    }

    static List<Function<SampleGen, RuleSample>> generators() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(TokenSamples.all());
        all.addAll(FileSamples.all());
        all.addAll(BreadthSamples.positives());
        all.addAll(ContextSamples.all());
        return all;
    }

    static RuleSample token(String ruleId, String name, String value) {
        return new RuleSample(ruleId, name, value, value, false, "", "", 0);
    }

    static RuleSample token(String ruleId, String name, String value, String secret) {
        return new RuleSample(ruleId, name, value, secret, false, "", "", 0);
    }

    static RuleSample named(String ruleId, String name, String value) {
        return new RuleSample(ruleId, name, value, value, true, "", "", 0);
    }

    static RuleSample raw(String ruleId, String path, String content, int line, String secret) {
        return new RuleSample(ruleId, "", "", secret, false, path, content, line);
    }

    /** Whether the sample is a {@code name = value} pair rather than a whole file. */
    public boolean assignable() {
        return !name.isEmpty();
    }

    /** The sample as a file: raw samples as they are, assignable ones as line 2 of a {@code .env} file. */
    public String filePath() {
        return assignable() ? "/srv/app/.env" : path;
    }

    public String fileContent() {
        return assignable() ? "# application settings\n" + name + "=" + value + "\nLOG_LEVEL=info\n" : content;
    }

    int fileLine() {
        return assignable() ? 2 : line;
    }

    @Override
    public String toString() {
        return "RuleSample[" + ruleId + "]";
    }
}
