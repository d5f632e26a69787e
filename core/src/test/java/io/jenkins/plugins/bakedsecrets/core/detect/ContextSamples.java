package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Samples of the context-keyed rules, generated from the table itself: a fresh value of each row's shape under a
 * name made of the row's first service name and first credential word ({@code ADZUNA_KEY}).
 */
final class ContextSamples {
    private ContextSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        return ContextServices.all().stream()
                .<Function<SampleGen, RuleSample>>map(s -> g -> RuleSample.named(s.id(), name(s), value(s, g)))
                .toList();
    }

    /**
     * Near misses of every row: a value one character longer than the shape allows under the row's name, and a value
     * of the shape under a name that names neither the service nor a credential.
     */
    static List<Function<SampleGen, RuleSample>> nearMisses() {
        return ContextServices.all().stream().<Function<SampleGen, RuleSample>>mapMulti((s, out) -> {
            out.accept(g -> RuleSample.token(s.id(), name(s), longer(s, g)));
            out.accept(g -> PlatformSamples.miss(s.id(), value(s, g)));
        }).toList();
    }

    /** {@code SERVICE_WORD}, with {@code _KEY} after a word that qualifies rather than names a credential. */
    static String name(ContextService s) {
        String word = s.words().get(0);
        String suffix = ContextService.CREDENTIAL_WORDS.contains(word) ? "" : "_KEY";
        return (identifier(s.names().get(0)) + "_" + word + suffix).toUpperCase(Locale.ROOT);
    }

    static String identifier(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** A fresh value of the row's shape. */
    static String value(ContextService s, SampleGen g) {
        StringBuilder b = new StringBuilder();
        for (ValueShape.Part p : s.shape().parts()) {
            if (!p.literals().isEmpty()) {
                b.append(p.literals().get(g.nextInt(p.literals().size())));
            } else {
                // Services print UUIDs in lower case; the shape accepts either.
                String chars = p.alphabet() == ValueShape.Alphabet.HEX_ANY_CASE ? SampleGen.HEX : p.alphabet().chars();
                b.append(g.pick(chars, p.min() + g.nextInt(p.max() - p.min() + 1)));
            }
        }
        return b.toString();
    }

    /** A value of the row's shape whose last run is one character longer than the shape allows. */
    static String longer(ContextService s, SampleGen g) {
        StringBuilder b = new StringBuilder();
        List<ValueShape.Part> parts = s.shape().parts();
        int last = parts.size() - 1;
        while (!parts.get(last).literals().isEmpty()) {
            last--;
        }
        for (int i = 0; i < parts.size(); i++) {
            ValueShape.Part p = parts.get(i);
            if (!p.literals().isEmpty()) {
                b.append(p.literals().get(0));
            } else {
                b.append(g.pick(p.alphabet().chars(), i == last ? p.max() + 1 : p.max()));
            }
        }
        return b.toString();
    }
}
