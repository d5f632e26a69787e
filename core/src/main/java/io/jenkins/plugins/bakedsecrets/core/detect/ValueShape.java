package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape a context-keyed value has as a whole, as its service issues it: literal parts (a prefix such as
 * {@code sk_}) and runs of one alphabet with a length range. A shape is data: it renders the rule's regex, the
 * characters a value may be made of (where a value ends in a line) and the default entropy floor.
 *
 * @param parts the parts in order
 */
record ValueShape(List<Part> parts) {
    /** One part: a literal (one of several spellings) or a run of {@code min..max} characters of an alphabet. */
    record Part(List<String> literals, Alphabet alphabet, int min, int max) {
        Part {
            literals = List.copyOf(literals);
            Objects.requireNonNull(alphabet, "alphabet");
            if (literals.isEmpty() && (min < 1 || max < min)) {
                throw new IllegalArgumentException("bad run length " + min + ".." + max);
            }
        }

        String regex() {
            if (!literals.isEmpty()) {
                return "(?:" + String.join("|", literals.stream().map(ValueShape::quote).toList()) + ")";
            }
            return "[" + alphabet.characterClass() + "]" + (min == max ? "{" + min + "}" : "{" + min + "," + max + "}");
        }

        int shortest() {
            return literals.isEmpty() ? min : literals.stream().mapToInt(String::length).min().orElse(0);
        }
    }

    /** The alphabets services draw their keys from; {@code chars} lists them, for value boundaries and samples. */
    enum Alphabet {
        NONE("", ""),
        HEX("0123456789abcdef", "0-9a-f"),
        HEX_ANY_CASE("0123456789abcdefABCDEF", "0-9a-fA-F"),
        HEX_UPPER("0123456789ABCDEF", "0-9A-F"),
        DIGITS("0123456789", "0-9"),
        LOWER_ALNUM("abcdefghijklmnopqrstuvwxyz0123456789", "a-z0-9"),
        UPPER_ALNUM("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "A-Z0-9"),
        ALNUM("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "A-Za-z0-9"),
        URLSAFE("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", "A-Za-z0-9_-"),
        BASE64("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", "A-Za-z0-9+/"),
        BASE32_LOWER("abcdefghijklmnopqrstuvwxyz234567", "a-z2-7");

        private final String chars;
        private final String characterClass;

        Alphabet(String chars, String characterClass) {
            this.chars = chars;
            this.characterClass = characterClass;
        }

        /** The characters, each once. */
        String chars() {
            return chars;
        }

        String characterClass() {
            return characterClass;
        }
    }

    ValueShape {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a shape needs a part");
        }
    }

    /** A shape made of the given parts. */
    static ValueShape of(Part... parts) {
        return new ValueShape(List.of(parts));
    }

    /** A run of exactly {@code n} characters. */
    static Part run(Alphabet alphabet, int n) {
        return new Part(List.of(), alphabet, n, n);
    }

    /** A run of {@code min..max} characters. */
    static Part run(Alphabet alphabet, int min, int max) {
        return new Part(List.of(), alphabet, min, max);
    }

    /** A literal, in one of the given spellings. */
    static Part literal(String... spellings) {
        return new Part(List.of(spellings), Alphabet.NONE, 0, 0);
    }

    /** Lower-case hex of length {@code n}. */
    static ValueShape hex(int n) {
        return of(run(Alphabet.HEX, n));
    }

    /** Letters of either case and digits, {@code n} of them. */
    static ValueShape alnum(int n) {
        return of(run(Alphabet.ALNUM, n));
    }

    /** Letters of either case and digits, {@code min..max} of them. */
    static ValueShape alnum(int min, int max) {
        return of(run(Alphabet.ALNUM, min, max));
    }

    /** Lower-case letters and digits, {@code n} of them. */
    static ValueShape lowerAlnum(int n) {
        return of(run(Alphabet.LOWER_ALNUM, n));
    }

    /** Upper-case letters and digits, {@code n} of them. */
    static ValueShape upperAlnum(int n) {
        return of(run(Alphabet.UPPER_ALNUM, n));
    }

    /** The URL-safe base64 alphabet, {@code n} characters. */
    static ValueShape urlsafe(int n) {
        return of(run(Alphabet.URLSAFE, n));
    }

    /** A lower-case UUID as services print them; any case is accepted. */
    static ValueShape uuid() {
        List<Part> parts = new ArrayList<>();
        int[] groups = {8, 4, 4, 4, 12};
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) {
                parts.add(literal("-"));
            }
            parts.add(run(Alphabet.HEX_ANY_CASE, groups[i]));
        }
        return new ValueShape(parts);
    }

    /** The regex a whole value must match. */
    String regex() {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.regex()));
        return b.toString();
    }

    /** Every character that can occur in a value of this shape. */
    String characters() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            p.literals().forEach(b::append);
            b.append(p.alphabet().chars());
        }
        return b.toString();
    }

    /**
     * The default entropy floor: low enough that random values of this length pass (placeholders made of runs,
     * repeats and sequences are caught by {@link Placeholders} instead), high enough to drop values of two or
     * three distinct characters.
     */
    double defaultMinEntropy() {
        int length = parts.stream().mapToInt(Part::shortest).sum();
        return Math.min(3.0, Math.max(1.0, Math.log(length) / Math.log(2) - 2.5));
    }

    private static String quote(String literal) {
        StringBuilder b = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if ("\\.+*?()[]{}|^$".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
