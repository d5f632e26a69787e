package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads CRLF-terminated protocol lines with a length limit. */
final class HttpLines {
    private HttpLines() {
    }

    /** Reads one line without its terminator; a bare LF is accepted as well. */
    static String readLine(InputStream in, int max) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an HTTP line");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= max) {
                throw new IOException("HTTP line longer than " + max + " bytes");
            }
            line.append((char) b);
        }
    }
}
