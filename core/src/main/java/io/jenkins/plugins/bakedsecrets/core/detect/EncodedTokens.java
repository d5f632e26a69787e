package io.jenkins.plugins.bakedsecrets.core.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Offline checks of tokens that are base64 of a known structure: the decoded text, not the alphabet, tells a real
 * token from a string that merely starts the same way.
 */
final class EncodedTokens {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern INTERCOM = Pattern.compile("^tok:[0-9a-f-]{36}:[0-9]+:[0-9]+$");
    private static final Pattern YOUTRACK_ID = Pattern.compile("^[0-9]+-[0-9]+$");
    /** The IAM service user (printable, no colon), a colon, its password. */
    private static final Pattern BEDROCK_USER = Pattern.compile(
            "^BedrockAPIKey-[\\x21-\\x39\\x3b-\\x7e]+:[\\x21-\\x7e]+$");
    private static final Pattern HEX32 = Pattern.compile("^[0-9a-f]{32}$");
    private static final Pattern AMZ_DATE = Pattern.compile("[?&]X-Amz-Date=([0-9]{8}T[0-9]{6}Z)(?:&|$)");
    private static final Pattern AMZ_EXPIRES = Pattern.compile("[?&]X-Amz-Expires=([0-9]{1,6})(?:&|$)");
    private static final DateTimeFormatter AMZ_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String BEDROCK_SHORT_PREFIX = "bedrock-api-key-";

    private EncodedTokens() {
    }

    /** Amazon Bedrock long-term keys: {@code ABSK} + base64 of {@code BedrockAPIKey-<user>:<password>}. */
    static boolean bedrockLongTerm(String key) {
        return BEDROCK_USER.matcher(text(key.substring(4))).matches();
    }

    /** Cloudflare Tunnel tokens: base64 JSON naming the account tag ({@code a}), tunnel id ({@code t}) and secret. */
    static boolean cloudflareTunnel(String token) {
        JsonNode json = Validators.decodeJson(token.replace('+', '-').replace('/', '_').replace("=", ""));
        return json != null && HEX32.matcher(json.path("a").asText()).matches()
                && UUID.matcher(json.path("t").asText()).matches() && json.path("s").asText().length() >= 16;
    }

    /** Intercom access tokens: base64 of {@code tok:<uuid>:<n>:<n>}. */
    static boolean intercom(String token) {
        return INTERCOM.matcher(text(token)).matches();
    }

    /** TeamCity access tokens: a fixed {@code {"typ": "TCV2"}} header, a random part and a base64 token UUID. */
    static boolean teamcity(String token) {
        String[] parts = token.split("\\.");
        return parts.length == 3 && UUID.matcher(text(parts[2])).matches();
    }

    /** YouTrack / Hub permanent tokens: {@code perm:} base64 login, base64 {@code <n>-<n>} token id, random part. */
    static boolean youtrack(String token) {
        String[] parts = token.substring(5).split("\\.");
        return parts.length == 3 && !text(parts[0]).isEmpty() && YOUTRACK_ID.matcher(text(parts[1])).matches();
    }

    /**
     * When an Amazon Bedrock short-term key stops working: it is a presigned request, so its {@code X-Amz-Date}
     * plus {@code X-Amz-Expires} seconds.
     */
    static Optional<Instant> bedrockShortTermExpiry(String secret, String text, int start, int end) {
        String request = text(secret.substring(BEDROCK_SHORT_PREFIX.length()));
        com.google.re2j.Matcher date = AMZ_DATE.matcher(request);
        com.google.re2j.Matcher expires = AMZ_EXPIRES.matcher(request);
        if (!date.find() || !expires.find()) {
            return Optional.empty();
        }
        try {
            Instant signed = LocalDateTime.parse(date.group(1), AMZ_FORMAT).toInstant(ZoneOffset.UTC);
            return Optional.of(signed.plusSeconds(Long.parseLong(expires.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Base64 (standard or URL-safe, padding optional) decoded as Latin-1 text; empty when it does not decode. */
    static String text(String base64) {
        return new String(IdentifiableKeys.decode(base64), StandardCharsets.ISO_8859_1);
    }
}
