package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the output of {@code env} (one variable per line) or {@code env -0} (NUL-terminated, so values may span
 * lines).
 */
public final class CiEnvironment {
    /** A CI environment larger than this is not a real environment. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_VARIABLES = 100_000;
    /** In line mode a new variable starts only with a plausible name, so continuation lines of values stay attached. */
    private static final Pattern NAME_LINE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.%-]*=");

    private CiEnvironment() {
    }

    /**
     * Reads all variables. In line mode, a line not starting with {@code NAME=} continues the previous value. Throws
     * {@link ScanException} when the input exceeds the size or count limit.
     */
    public static List<EnvVariable> parse(InputStream in, boolean nulSeparated) throws IOException {
        String text = readBounded(in);
        List<EnvVariable> out = new ArrayList<>();
        if (nulSeparated) {
            for (String entry : text.split("\0")) {
                add(out, entry);
            }
            return out;
        }
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (NAME_LINE.matcher(l).find()) {
                flush(out, current);
                current = new StringBuilder(l);
            } else if (current != null) {
                current.append('\n').append(l);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<EnvVariable> out, StringBuilder entry) {
        if (entry != null) {
            String e = entry.toString();
            // A trailing newline of the env output belongs to no value.
            add(out, e.endsWith("\n") ? e.substring(0, e.length() - 1) : e);
        }
    }

    private static void add(List<EnvVariable> out, String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            return;
        }
        if (out.size() >= MAX_VARIABLES) {
            throw new ScanException("CI environment has more than " + MAX_VARIABLES + " variables");
        }
        out.add(new EnvVariable(entry.substring(0, eq), entry.substring(eq + 1)));
    }

    private static String readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            if (buf.size() + n > MAX_BYTES) {
                throw new ScanException("CI environment is larger than " + MAX_BYTES + " bytes");
            }
            buf.write(chunk, 0, n);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
