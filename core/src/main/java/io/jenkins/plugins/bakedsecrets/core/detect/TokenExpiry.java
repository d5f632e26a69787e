package io.jenkins.plugins.bakedsecrets.core.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The expiry readers of the built-in rules. */
final class TokenExpiry {
    /** A URL query here ends at white space, quotes and markup. */
    private static final String QUERY_END = " \t\r\n\"'<>`";
    /** {@code se} after {@code ?}, {@code &} or {@code ;} (which also ends an HTML-escaped {@code &amp;}). */
    private static final Pattern SIGNED_EXPIRY = Pattern.compile("(?:^|[?&;])se=([0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "(?:T[0-9]{2}(?::|%3A)[0-9]{2}(?:(?::|%3A)[0-9]{2})?Z)?)(?:[&#;]|$)");
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private TokenExpiry() {
    }

    /**
     * An Azure SAS token's signed expiry ({@code se}), read from the whole query around the match: services put
     * {@code se} before or after {@code sv} and {@code sig}. A date without a time expires at the end of that day.
     */
    static Optional<Instant> sas(String secret, String text, int start, int end) {
        int from = start;
        while (from > 0 && QUERY_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && QUERY_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        Matcher se = SIGNED_EXPIRY.matcher(text.substring(from, to));
        if (!se.find()) {
            return Optional.empty();
        }
        String value = se.group(1).replace("%3A", ":");
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
            }
            String withSeconds = value.length() == 17 ? value.substring(0, 16) + ":00Z" : value;
            return Optional.of(OffsetDateTime.parse(withSeconds).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A JWT's {@code exp} claim (seconds since the epoch), when the payload decodes and has a sane one. */
    static Optional<Instant> jwt(String secret, String text, int start, int end) {
        String[] parts = secret.split("\\.");
        if (parts.length != 3 || parts[1].length() > Validators.MAX_JWT_PART) {
            return Optional.empty();
        }
        JsonNode payload = Validators.decodeJson(parts[1]);
        if (payload == null || !payload.path("exp").canConvertToLong()) {
            return Optional.empty();
        }
        long exp = payload.path("exp").asLong();
        return exp > 0 && exp <= MAX_EPOCH_SECOND ? Optional.of(Instant.ofEpochSecond(exp)) : Optional.empty();
    }
}
