package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what could be a secret in a history {@code created_by} before the line goes into a report. Reports show each
 * layer's command so a reviewer can see which step added it, but that command is exactly where build arguments, ENV
 * values and inline credentials sit; the findings already say what was there.
 */
final class HistoryRedaction {
    static final String MASK = "***";
    /** {@code KEY=VALUE}: build arguments ({@code |N A=1 B=2}), ENV, ARG and LABEL values. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\b[A-Za-z_][A-Za-z0-9_.-]*=)(\"[^\"]*\"|'[^']*'|\\S+)");
    /** {@code ENV KEY VALUE} (the legacy form without '='). */
    private static final Pattern SPACED_ENV = Pattern.compile("((?:^|\\s)(?:ENV|ARG|LABEL)\\s+[A-Za-z_][A-Za-z0-9_.-]*\\s+)"
            + "(?![A-Za-z_][A-Za-z0-9_.-]*=)(\\S.*?)(\\s*#\\s*buildkit)?$");
    /** Credentials in URLs: {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]*:)([^@\\s/]+)(@)");
    /** {@code -u user:pass}, {@code --user user:pass}, {@code --password X}, {@code -pX} and the like. */
    private static final Pattern OPTION = Pattern.compile(
            "((?:^|\\s)(?:-u|--user|--password|--passwd|--pass|--token|--secret|-p|--api-key)(?:=|\\s+))(\\S+)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9+/_=.$-]{20,}");
    private static final double SECRET_LIKE_ENTROPY = 3.5;

    private HistoryRedaction() {
    }

    /** The line with assignment values, URL passwords, credential options and secret-looking words masked. */
    static String redact(String createdBy) {
        String line = mask(ASSIGNMENT, createdBy, 2);
        line = mask(SPACED_ENV, line, 2);
        line = mask(URL_PASSWORD, line, 2);
        line = mask(OPTION, line, 2);
        return maskHighEntropyWords(line);
    }

    private static String mask(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start(group)).append(MASK);
            last = m.end(group);
        }
        return out.append(text.substring(last)).toString();
    }

    private static String maskHighEntropyWords(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (looksLikeSecret(m.group())) {
                out.append(text, last, m.start()).append(MASK);
                last = m.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }

    /** Long, high-entropy and mixing character classes, as keys and tokens do (option names and paths do not). */
    private static boolean looksLikeSecret(String word) {
        int classes = (word.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (word.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (word.chars().anyMatch(Character::isDigit) ? 1 : 0);
        return classes >= 2 && entropy(word) >= SECRET_LIKE_ENTROPY;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int n : counts) {
            h -= term(n, s.length());
        }
        return h - term(other, s.length());
    }

    private static double term(int n, int length) {
        if (n == 0) {
            return 0;
        }
        double p = (double) n / length;
        return p * Math.log(p) / Math.log(2);
    }
}
