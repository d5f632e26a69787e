package io.jenkins.plugins.bakedsecrets.core.report;

import java.nio.charset.StandardCharsets;

/** Turns in-image paths into relative URI references (RFC 3986) for SARIF artifact locations. */
final class SarifUris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /**
     * The path as a relative reference: leading slashes dropped (the run's {@code IMAGEROOT} base names the image
     * root), every byte but unreserved characters and {@code /} percent-encoded, so spaces, {@code #}, {@code %},
     * {@code :}, markup and non-ASCII characters cannot change what the reference means.
     */
    static String relative(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return ".";
        }
        StringBuilder b = new StringBuilder(p.length() + 16);
        for (byte raw : p.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            if (isUnreserved(c) || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return b.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
