package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The name-based generic rule in a file whose syntax is known: the value is read by the syntax's own rules
 * ({@link FormatReader}), then shown to the rule as {@code name="value"}, so its name conditions and allow lists
 * apply unchanged while the value is taken whole, punctuation ({@code # ! % ^ *}), escapes and continuation lines
 * included. A line the reader does not understand is left to the rule's regex.
 */
final class FormatValues {
    /** Receives a value the rule reports, with the line the value starts on. */
    @FunctionalInterface
    interface Sink {
        void accept(CompiledRule rule, String secret, int line);
    }

    private final FormatReader reader;
    private final CompiledRule rule;
    private final List<Assignment> read = new ArrayList<>();

    FormatValues(FormatReader reader, CompiledRule rule) {
        this.reader = reader;
        this.rule = rule;
    }

    /** True while a value continues on the next line. */
    boolean open() {
        return reader.open();
    }

    /** Reads a line; returns false when the syntax makes no assignment of it (the regex then reads it). */
    boolean line(String line, int lineNumber, Sink sink) {
        read.clear();
        boolean understood = reader.read(line, lineNumber, read);
        offer(sink);
        return understood;
    }

    /** The end of the input. */
    void finish(Sink sink) {
        read.clear();
        reader.finish(read);
        offer(sink);
    }

    private void offer(Sink sink) {
        for (Assignment a : read) {
            String shown = a.literal() ? shown(a) : null;
            if (shown == null) {
                continue;
            }
            Matcher m = rule.pattern().matcher(shown);
            while (m.find()) {
                int g = CompiledRule.secretGroup(m);
                String secret = m.group(g);
                if (!rule.rejects(secret, m.group())) {
                    sink.accept(rule, secret, a.line());
                }
            }
        }
    }

    /**
     * {@code name=value} as the rule's regex reads it: bare when the value was bare and holds nothing the regex ends a
     * bare value at, else quoted; null for a value no quoting can show (white space, both quote kinds).
     */
    static String shown(Assignment a) {
        String v = a.value();
        if (v.isEmpty() || v.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        boolean bare = !a.quoted() && v.chars().noneMatch(c -> "\"'#;,=&|`".indexOf(c) >= 0);
        if (bare) {
            return a.name() + "=" + v;
        }
        if (v.indexOf('"') < 0) {
            return a.name() + "=\"" + v + "\"";
        }
        return v.indexOf('\'') < 0 ? a.name() + "='" + v + "'" : null;
    }
}
