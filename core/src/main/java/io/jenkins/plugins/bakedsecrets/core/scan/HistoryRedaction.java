package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what could be a secret in a history {@code created_by} before the line goes into a report. Reports show each
 * layer's command so a reviewer can see which step added it, but that command is exactly where build arguments, ENV
 * values and inline credentials sit; the findings already say what was there. Every span any rule would flag is
 * masked (so a rule added later is covered without a change here), then what only looks like a secret: assignment
 * values, URL passwords, options that take a password, piped passwords and high-entropy words.
 */
final class HistoryRedaction {
    static final String MASK = Redaction.MASK;
    /** {@code KEY=VALUE}: build arguments ({@code |N A=1 B=2}), ENV, ARG and LABEL values. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\b[A-Za-z_][A-Za-z0-9_.-]*=)(\"[^\"]*\"|'[^']*'|\\S+)");
    /** {@code ENV KEY VALUE} (the legacy form without '='). */
    private static final Pattern SPACED_ENV = Pattern.compile("((?:^|\\s)(?:ENV|ARG|LABEL)\\s+[A-Za-z_][A-Za-z0-9_.-]*\\s+)"
            + "(?![A-Za-z_][A-Za-z0-9_.-]*=)(\\S.*?)(\\s*#\\s*buildkit)?$");
    /** Credentials in URLs: {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]*:)([^@\\s/]+)(@)");
    /** Long options that always take a secret: {@code --password X}, {@code --token=X} and the like. */
    private static final Pattern LONG_OPTION = Pattern.compile(
            "((?:^|\\s)--(?:password|passwd|pass|token|secret|api-key)(?:=|\\s+))(\\S+)");
    /** {@code -u user:pass}, {@code --user user:pass} (curl, wget): only a value with a password part. */
    private static final Pattern USER_OPTION = Pattern.compile("((?:^|\\s)(?:-u|--user)(?:=|\\s+))(\\S*:\\S+)");
    /**
     * {@code -p} where it takes a password, attached or as the next word: database clients, sshpass, 7-Zip and the
     * registry logins; nowhere else ({@code mkdir -p}, {@code docker run -p 8080:80}). A simple command ends at a
     * pipe, separator or newline.
     */
    private static final Pattern PASSWORD_P = Pattern.compile("(\\b(?:mysql[a-z]*|mariadb[a-z-]*|mongo(?:sh|dump"
            + "|restore|import|export)?|sshpass|7z[ar]?|(?:docker|podman|buildah|skopeo|nerdctl|oras|crane"
            + "|helm(?:\\s+registry)?)\\s+login)\\b[^|;&\\n]*?\\s-p(?:=|\\s+)?)([^\\s-]\\S*)");
    /** {@code echo VALUE | docker login --password-stdin}: what is echoed into the login is the password. */
    private static final Pattern PIPED_PASSWORD = Pattern.compile(
            "(\\b(?:echo|printf)\\s+)([^|;&\\n]+?)(\\s*\\|[^|;&\\n]*--password-stdin)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9+/_=.$-]{20,}");
    private static final double SECRET_LIKE_ENTROPY = 3.5;

    private final SecretDetector detector;

    HistoryRedaction(SecretDetector detector) {
        this.detector = detector;
    }

    /** The line with what the rules flag, assignment values, credential options and secret-looking words masked. */
    String redact(String createdBy) {
        String line = Redaction.mask(createdBy, detector.secretSpans(createdBy));
        for (Pattern p : new Pattern[] {ASSIGNMENT, SPACED_ENV, URL_PASSWORD, LONG_OPTION, USER_OPTION, PASSWORD_P,
            PIPED_PASSWORD}) {
            line = mask(p, line, 2);
        }
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
