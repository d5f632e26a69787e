package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/**
 * JSON members with a string value, {@code "name": "value"}, anywhere in a line (pretty-printed files have one per
 * line, minified ones many), with the escapes of RFC 8259: {@code \"}, {@code \\}, {@code \/}, {@code \b},
 * {@code \f}, {@code \n}, {@code \r}, {@code \t} and {@code \\uXXXX}.
 */
final class JsonReader implements FormatReader {
    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        boolean found = false;
        int i = line.indexOf('"');
        while (i >= 0) {
            QuotedText.Read name = QuotedText.doubleQuoted(line, i);
            if (name == null) {
                break;
            }
            int colon = AssignmentSpans.skipBlanks(line, name.end());
            if (colon < line.length() && line.charAt(colon) == ':') {
                int v = AssignmentSpans.skipBlanks(line, colon + 1);
                if (v < line.length() && line.charAt(v) == '"') {
                    QuotedText.Read value = QuotedText.doubleQuoted(line, v);
                    if (value == null) {
                        break;
                    }
                    out.add(new Assignment(name.text(), value.text(), lineNumber, true, true));
                    found = true;
                    i = line.indexOf('"', value.end());
                    continue;
                }
            }
            i = line.indexOf('"', name.end());
        }
        return found;
    }
}
