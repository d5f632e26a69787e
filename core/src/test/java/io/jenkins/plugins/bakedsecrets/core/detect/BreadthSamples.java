package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Samples of the rules for services that carry their own prefix or structure (issue 15): positives that the
 * catalogue test must find, and near misses (a character short, a public or sandbox sibling, a wrong signature)
 * that the rule must not report.
 */
final class BreadthSamples {
    private BreadthSamples() {
    }

    static List<Function<SampleGen, RuleSample>> positives() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(AzureSamples.all());
        all.addAll(PlatformSamples.all());
        all.addAll(SaasSamples.all());
        all.addAll(ConfigFileSamples.all());
        return all;
    }

    static List<Function<SampleGen, RuleSample>> nearMisses() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(AzureSamples.nearMisses());
        all.addAll(PlatformSamples.nearMisses());
        all.addAll(SaasSamples.nearMisses());
        all.addAll(ConfigFileSamples.nearMisses());
        return all;
    }
}
