package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import io.jenkins.plugins.bakedsecrets.core.finding.TextSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where in a text the rules would flag a secret, so that text a report copies from an image (history lines,
 * annotations) can be masked. It asks more than a scan does: a line rule applies whatever file type its path condition
 * names, because a history line is typically the command that writes such a file ({@code echo "password X" >
 * ~/.netrc}). A rule that has no keyword and rests on its path condition alone (its pattern, such as "three words on a
 * line" for PPP's {@code chap-secrets}, means nothing elsewhere) applies only when the text names a file of its path
 * condition, as the step that writes that file does. Context-keyed rules read the text as a scan of text of no known
 * syntax reads it, and each value they report is masked wherever it occurs. Rules are matched as a scan matches them,
 * on the UTF-8 bytes read as ISO-8859-1, so that spans are the ones a scan would report; they are returned in
 * characters of the original text.
 */
final class SecretSpans {
    private static final String PEM_END = "-----END ";
    private static final String PEM_DASHES = "-----";

    private final DetectorTables tables;
    /** Line rules that have no keyword: they apply to every line of a text that names their file. */
    private final int[] keywordless;
    /** Where a word of a command ends: whitespace, quotes, redirections, separators and assignments. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\"'<>|;&=()`]+");

    SecretSpans(DetectorTables tables) {
        this.tables = tables;
        List<CompiledRule> rules = tables.rules();
        this.keywordless = java.util.stream.IntStream.range(0, rules.size())
                .filter(r -> rules.get(r).rule().keywords().isEmpty() && isLineRule(r)).toArray();
    }

    /** The spans of {@code text} that hold secrets, merged, in character offsets. */
    List<TextSpan> find(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        Pass pass = new Pass(bytes, latin, rulesOfNamedFiles(latin));
        int start = 0;
        for (int number = 1; start <= bytes.length; number++) {
            int newline = latin.indexOf('\n', start);
            int end = newline < 0 ? bytes.length : newline;
            pass.line(start, end > start && bytes[end - 1] == '\r' ? end - 1 : end, number);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        pass.named.forEach(value -> occurrences(latin, value, pass.found));
        pemBlocks(latin, pass.found);
        return toCharacters(text, bytes.length, TextSpan.merged(pass.found));
    }

    /** The keywordless rules whose path condition one of the text's words meets. */
    private int[] rulesOfNamedFiles(String latin) {
        List<Optional<String>> words = Arrays.stream(WORD_BREAK.split(latin))
                .filter(w -> !w.isEmpty()).map(Optional::of).toList();
        return Arrays.stream(keywordless)
                .filter(r -> words.stream().anyMatch(w -> tables.rules().get(r).appliesTo(w))).toArray();
    }

    /**
     * One text's pass, line by line. Line rules and known secrets give spans directly. Context-keyed rules read names
     * rather than patterns, as a scan of text of no known syntax does (so an enclosing key on one line qualifies a
     * value on a later one); the values they report are masked wherever they occur in the text.
     */
    private final class Pass {
        final byte[] bytes;
        final String latin;
        final int[] pathOnly;
        final List<TextSpan> found = new ArrayList<>();
        final Set<String> named = new HashSet<>();
        final ValueScan values = new ValueScan(tables, ConfigFormat.NONE);

        Pass(byte[] bytes, String latin, int[] pathOnly) {
            this.bytes = bytes;
            this.latin = latin;
            this.pathOnly = pathOnly;
        }

        void line(int start, int end, int number) {
            BitSet rules = new BitSet();
            List<int[]> known = new ArrayList<>();
            tables.automaton().scan(bytes, start, end - start, (pattern, at) -> {
                int[] targets = tables.keywordRules(pattern);
                if (targets.length == 0) {
                    known.add(new int[] {pattern, at});
                }
                for (int r : targets) {
                    rules.set(r);
                }
            });
            for (int r : pathOnly) {
                rules.set(r);
            }
            String text = latin.substring(start, end);
            for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
                if (isLineRule(r)) {
                    lineRule(tables.rules().get(r), text, start, found);
                } else if (tables.contexts()[r] != null) {
                    values.takes(r);
                }
            }
            if (values.pending()) {
                values.line(new ValueScan.Line(bytes, start, end - start, text, number, text.length()), false,
                        (rule, secret, line) -> named.add(secret));
            }
            for (int[] hit : known) {
                KnownSecrets.KnownPattern p = tables.known(hit[0]);
                if (p.confirm(bytes, hit[1], end)) {
                    int from = hit[1] - p.keyLength();
                    found.add(new TextSpan(from, from + p.length()));
                }
            }
        }
    }

    /** Every occurrence of {@code value} in the text. */
    private static void occurrences(String latin, String value, List<TextSpan> found) {
        for (int at = latin.indexOf(value); at >= 0; at = latin.indexOf(value, at + value.length())) {
            found.add(new TextSpan(at, at + value.length()));
        }
    }

    private boolean isLineRule(int r) {
        return tables.rules().get(r).rule().kind() == RuleKind.LINE && r != tables.kubernetesSecretRule();
    }

    private static void lineRule(CompiledRule rule, String text, int offset, List<TextSpan> found) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
            int g = CompiledRule.secretGroup(m);
            String secret = new String(text.substring(m.start(g), m.end(g)).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            if (!rule.rejects(secret, m.group()) && m.end(g) > m.start(g)) {
                found.add(new TextSpan(offset + m.start(g), offset + m.end(g)));
            }
        }
    }

    /** A PEM block from its BEGIN marker to the end of its END marker, or to the end of the text when cut off. */
    private void pemBlocks(String latin, List<TextSpan> found) {
        List<CompiledRule> rules = tables.rules();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).rule().kind() != RuleKind.PEM_BLOCK || r == tables.serviceAccountRule()) {
                continue;
            }
            Matcher m = rules.get(r).pattern().matcher(latin);
            int from = 0;
            while (from < latin.length() && m.find(from)) {
                int end = blockEnd(latin, m.end());
                found.add(new TextSpan(m.start(), end));
                from = Math.max(end, m.end());
            }
        }
    }

    private static int blockEnd(String latin, int after) {
        int end = latin.indexOf(PEM_END, after);
        if (end < 0) {
            return latin.length();
        }
        int close = latin.indexOf(PEM_DASHES, end + PEM_END.length());
        if (close >= 0) {
            return close + PEM_DASHES.length();
        }
        int newline = latin.indexOf('\n', end);
        return newline < 0 ? latin.length() : newline;
    }

    /** Byte offsets of the UTF-8 form to character offsets; a span that cuts a character grows to cover all of it. */
    private static List<TextSpan> toCharacters(String text, int byteLength, List<TextSpan> byteSpans) {
        if (byteSpans.isEmpty() || byteLength == text.length()) {
            return byteSpans;
        }
        int[] charAt = new int[byteLength + 1];
        int b = 0;
        for (int i = 0; i < text.length(); i++) {
            int cp = text.codePointAt(i);
            int width = utf8Width(cp);
            for (int k = 0; k < width && b < byteLength; k++) {
                charAt[b++] = i;
            }
            if (Character.charCount(cp) == 2) {
                i++;
            }
        }
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : byteSpans) {
            int start = charAt[s.start()];
            int lastChar = charAt[s.end() - 1];
            out.add(new TextSpan(start, lastChar + Character.charCount(text.codePointAt(lastChar))));
        }
        return out;
    }

    private static int utf8Width(int cp) {
        // An unpaired surrogate is encoded as one replacement byte ('?').
        if (cp < 0x80 || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
