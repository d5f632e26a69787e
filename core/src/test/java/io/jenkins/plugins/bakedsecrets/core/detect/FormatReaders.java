package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;

/** Feeds lines to a {@link FormatReader} as a scan does and collects what it reads. */
final class FormatReaders {
    private FormatReaders() {
    }

    /** Every assignment read from {@code lines}, the end of input included. */
    static List<Assignment> read(FormatReader reader, String... lines) {
        List<Assignment> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            reader.read(lines[i], i + 1, out);
        }
        reader.finish(out);
        return out;
    }

    /** The single value read from one line. */
    static String value(FormatReader reader, String line) {
        List<Assignment> read = read(reader, line);
        if (read.size() != 1) {
            throw new AssertionError("expected one assignment from " + line + ", got " + read.size());
        }
        return read.get(0).value();
    }
}
