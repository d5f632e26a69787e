package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * A name and the value a configuration file assigns to it, read by the file's quoting rules. Holds a candidate
 * secret: it lives on the scan's stack only and has no {@code toString} that shows the value.
 *
 * @param name the key as written (unquoted)
 * @param value the value after unquoting and unescaping
 * @param line the 1-based line where the value starts
 * @param literal false when the value refers to something else (shell or dotenv {@code $VAR}, command substitution):
 *                such a line was understood, but holds no secret of its own
 * @param quoted whether the value was written in quotes (a bare word in code is a variable, in quotes a value)
 */
record Assignment(String name, String value, int line, boolean literal, boolean quoted) {
    @Override
    public String toString() {
        return "Assignment[" + name + ", line " + line + "]";
    }
}
