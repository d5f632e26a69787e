package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/**
 * Reads the assignments of one configuration syntax line by line, following that syntax's quoting, escaping and
 * comment rules, so a value is taken whole with its punctuation. A value may continue over later lines (a Java
 * properties continuation, a YAML block scalar); the reader then asks for them with {@link #open()}. One instance
 * per scan: it holds the open value.
 */
interface FormatReader {
    /**
     * Reads one physical line and adds the assignments it completes to {@code out} (a line may also complete a value
     * an earlier line opened). Returns true when this line is part of an assignment; false for comments, section
     * headers and lines the syntax does not make an assignment of.
     */
    boolean read(String line, int lineNumber, List<Assignment> out);

    /** True while a value continues on the next line. */
    default boolean open() {
        return false;
    }

    /** The end of the input: adds a value still open to {@code out}. */
    default void finish(List<Assignment> out) {
    }

    /** A fresh reader for the format, or null for {@link ConfigFormat#NONE}. */
    static FormatReader of(ConfigFormat format) {
        return switch (format) {
            case DOTENV -> new DotenvReader();
            case PROPERTIES -> new PropertiesReader();
            case YAML -> new YamlReader();
            case JSON -> new JsonReader();
            case XML -> new XmlReader();
            case INI -> new IniReader();
            case SHELL -> new ShellReader();
            case ENTRY -> FormatReader::entry;
            case NONE -> null;
        };
    }

    /** {@code NAME=value}: everything after the first {@code =} is the value, verbatim. */
    private static boolean entry(String line, int lineNumber, List<Assignment> out) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        out.add(new Assignment(line.substring(0, eq), line.substring(eq + 1), lineNumber, true, false));
        return true;
    }
}
