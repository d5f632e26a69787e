package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every near-miss sample: one or more per built-in rule, each a value its rule must not report. */
final class NearMisses {
    private NearMisses() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(TokenNearMisses.all());
        all.addAll(ServiceNearMisses.all());
        all.addAll(FileNearMisses.all());
        all.addAll(BreadthSamples.nearMisses());
        all.addAll(ContextSamples.nearMisses());
        return all;
    }
}
