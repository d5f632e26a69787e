package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.Locale;
import java.util.Set;

/**
 * How context-keyed rules read names: a name such as {@code adzunaApiKey}, {@code ADZUNA_API_KEY} or
 * {@code adzuna.api-key} is a run of word parts split by separators, digits and lower-to-upper case changes. Short
 * words (at most four letters: {@code key}, {@code pat}, {@code box}) count only as whole parts, so {@code monkey}
 * holds no {@code key} and {@code sandbox} names no Box; longer ones count anywhere, so {@code herokuapikey} holds
 * {@code apikey}.
 */
final class NameParts {
    /** Up to this length a word must be a whole part. */
    private static final int SHORT = 4;
    /**
     * Last parts that make a name describe a credential rather than hold one: {@code API_KEY_ID}, {@code TOKEN_FILE},
     * {@code SECRET_NAME}, {@code token_url}, {@code key_length}.
     */
    private static final Set<String> DESCRIPTIVE = Set.of("id", "ids", "url", "uri", "urls", "name", "names", "user",
            "username", "login", "email", "mail", "file", "files", "path", "paths", "dir", "directory", "host",
            "hostname", "port", "region", "type", "version", "endpoint", "domain", "prefix", "suffix", "length", "len",
            "size", "count", "ttl", "expiry", "expires", "hash", "sha", "digest", "checksum", "fingerprint", "enabled",
            "header", "param", "label", "format", "mode", "scope", "scopes", "algorithm", "location", "pattern");

    private NameParts() {
    }

    /** True when {@code word} (lower case) occurs in {@code text[from, to)}, as a whole part if it is short. */
    static boolean contains(String text, int from, int to, String word) {
        int limit = to - word.length();
        for (int i = from; i <= limit; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())
                    && (word.length() > SHORT || (startsPart(text, i) && endsPart(text, i + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code words} occurs in {@code text[from, to)} (see {@link #contains}). */
    static boolean containsAny(String text, int from, int to, Iterable<String> words) {
        for (String w : words) {
            if (contains(text, from, to, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a name starts a part at {@code i}: at the start, after a non-letter, or at a case change. */
    static boolean startsPart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !Character.isLetter(before) || Character.isLowerCase(before) && Character.isUpperCase(text.charAt(i));
    }

    /** True when a part ends just before {@code end}: at the end, before a non-letter, or at a case change. */
    static boolean endsPart(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        return !Character.isLetter(after) || Character.isLowerCase(text.charAt(end - 1)) && Character.isUpperCase(after);
    }

    /** True when the last part of the name {@code text[from, to)} makes it describe a credential (see above). */
    static boolean descriptive(String text, int from, int to) {
        int end = to;
        while (end > from && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        if (end == from) {
            return false;
        }
        int start = end - 1;
        while (start > from && Character.isLetter(text.charAt(start - 1)) && !startsPart(text, start)) {
            start--;
        }
        return DESCRIPTIVE.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
