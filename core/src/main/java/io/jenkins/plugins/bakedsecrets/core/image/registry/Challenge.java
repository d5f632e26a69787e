package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code WWW-Authenticate} header: the scheme ({@code basic} or {@code bearer}) and its parameters, such as
 * {@code realm}, {@code service} and {@code scope}.
 *
 * @param scheme lower-case scheme
 * @param params parameters by lower-case name
 */
record Challenge(String scheme, Map<String, String> params) {
    Challenge {
        params = Map.copyOf(params);
    }

    /** Parses the first challenge of a header value; quoted values may contain commas and escaped quotes. */
    static Optional<Challenge> parse(String header) {
        String text = header.strip();
        int space = text.indexOf(' ');
        String scheme = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = readValue(text, eq + 1, value);
            params.putIfAbsent(name, value.toString());
            while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
                i++;
            }
        }
        return Optional.of(new Challenge(scheme, params));
    }

    private static int readValue(String text, int start, StringBuilder value) {
        int i = start;
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                    i++;
                }
                value.append(text.charAt(i++));
            }
            return i + 1;
        }
        while (i < text.length() && text.charAt(i) != ',') {
            value.append(text.charAt(i++));
        }
        String trimmed = value.toString().strip();
        value.setLength(0);
        value.append(trimmed);
        return i;
    }

    boolean isBearer() {
        return "bearer".equals(scheme);
    }

    boolean isBasic() {
        return "basic".equals(scheme);
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }
}
