package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Follows YAML documents and reports the decoded {@code data} (and plain {@code stringData}) values of Kubernetes
 * Secrets. {@code kubectl get -o yaml} prints {@code data} before {@code kind}, so a document's values are held until
 * the document ends; other rules' findings on its data lines are held too and dropped when the decoded value stands
 * for them (the encoded form is the same secret).
 */
final class SecretManifestCollector {
    /** Held findings beyond this are released as they are: a manifest never holds that many values. */
    static final int MAX_HELD = 10_000;
    private static final int MIN_LENGTH = 8;
    private static final Pattern DOC_START = Pattern.compile("^---");
    private static final Pattern KIND = Pattern.compile("^kind:\\s*[\"']?Secret[\"']?\\s*(?:#.*)?$");
    private static final Pattern SECTION = Pattern.compile("^(data|stringData):\\s*$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[^\\s#]");
    private static final Pattern ENTRY = Pattern.compile("^\\s+[A-Za-z0-9_.-]+:\\s*[\"']?([^\\s\"'#|>]+)[\"']?\\s*$");

    private final Rule rule;
    private final Consumer<DetectedSecret> out;
    private final List<DetectedSecret> held = new ArrayList<>();
    private final List<DetectedSecret> values = new ArrayList<>();
    private boolean secret;
    private boolean encoded;
    private boolean inSection;

    SecretManifestCollector(Rule rule, Consumer<DetectedSecret> out) {
        this.rule = rule;
        this.out = out;
    }

    /** True inside a data or stringData section, where findings wait for the document's kind. */
    boolean holding() {
        return inSection;
    }

    void hold(DetectedSecret d) {
        held.add(d);
        if (held.size() > MAX_HELD) {
            held.forEach(out);
            held.clear();
        }
    }

    /** Feeds one line; call before other rules see the line so section changes apply to it. */
    void line(String text, Supplier<Location> where) {
        if (DOC_START.matcher(text).find()) {
            flush();
            return;
        }
        if (KIND.matcher(text).find()) {
            secret = true;
            return;
        }
        Matcher section = SECTION.matcher(text);
        if (section.find()) {
            inSection = true;
            encoded = "data".equals(section.group(1));
            return;
        }
        if (TOP_LEVEL.matcher(text).find()) {
            inSection = false;
            return;
        }
        Matcher entry = inSection ? ENTRY.matcher(text) : null;
        if (entry != null && entry.find()) {
            candidate(entry.group(1), where);
        }
    }

    /** Ends the current document: a Secret's values replace held findings on their lines; otherwise held ones go. */
    void flush() {
        Set<Location> decodedLines = new HashSet<>();
        if (secret) {
            values.forEach(v -> decodedLines.add(v.location()));
            values.forEach(out);
        }
        held.stream().filter(d -> !decodedLines.contains(d.location())).forEach(out);
        held.clear();
        values.clear();
        secret = false;
        inSection = false;
    }

    private void candidate(String value, Supplier<Location> where) {
        String plain;
        if (encoded) {
            try {
                plain = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return;
            }
        } else {
            plain = value;
        }
        if (plain.strip().length() < MIN_LENGTH || Placeholders.isPlaceholder(plain)) {
            return;
        }
        values.add(new DetectedSecret(rule.id(), rule.title(), rule.severity(), where.get(), SecretDigest.of(plain),
                Redaction.preview(plain), Optional.empty()));
    }
}
