package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The head of an HTTP/1.1 response and its decoded body.
 *
 * @param status status code
 * @param headers header values by lower-case name (last one wins)
 * @param body body, de-chunked and bounded by Content-Length when given
 */
record EngineResponse(int status, Map<String, String> headers, InputStream body) {
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;

    EngineResponse {
        headers = Map.copyOf(headers);
    }

    /** Reads status line and headers and wraps the rest of the stream as the body. */
    static EngineResponse read(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        String statusLine = HttpLines.readLine(in, MAX_LINE);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("invalid HTTP status line");
        }
        Map<String, String> headers = readHeaders(in);
        return new EngineResponse(status, headers, body(in, headers));
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String line = HttpLines.readLine(in, MAX_LINE);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || i >= MAX_HEADERS) {
                throw new IOException("malformed or too many HTTP headers");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    private static InputStream body(InputStream in, Map<String, String> headers) throws IOException {
        String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        Optional<String> length = Optional.ofNullable(headers.get("content-length"));
        if (length.isPresent()) {
            try {
                return new BoundedBody(in, Long.parseLong(length.get()));
            } catch (NumberFormatException e) {
                throw new IOException("invalid Content-Length");
            }
        }
        return in;
    }

    /** A body of known length: ends there even if the server keeps the connection open. */
    private static final class BoundedBody extends java.io.FilterInputStream {
        private long remaining;

        BoundedBody(InputStream in, long length) {
            super(in);
            remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(n, 0);
            return n;
        }
    }
}
