package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a detector over test inputs and collects what it reports. */
final class Detections {
    static final String LAYER = "sha256:" + "ab".repeat(32);
    private static final SecretDetector BUILT_IN = SecretDetector.builtIn(KnownSecrets.none());

    private Detections() {
    }

    static Location fileLocation(String path) {
        return Location.of(LocationKind.FILE).path(path).layer(0, LAYER, LAYER).build();
    }

    static List<DetectedSecret> inFile(String path, String content) {
        return inFile(BUILT_IN, path, content);
    }

    static List<DetectedSecret> inFile(SecretDetector detector, String path, String content) {
        return inStream(detector, path, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    static List<DetectedSecret> inStream(SecretDetector detector, String path, InputStream in) {
        List<DetectedSecret> out = new ArrayList<>();
        try {
            detector.scanFile(fileLocation(path), in, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<DetectedSecret> inKeyValue(String key, String value) {
        return inKeyValue(BUILT_IN, LocationKind.ENV, key, value);
    }

    static List<DetectedSecret> inKeyValue(SecretDetector detector, LocationKind kind, String key, String value) {
        List<DetectedSecret> out = new ArrayList<>();
        detector.scanKeyValue(Location.of(kind).build(), key, value, out::add);
        return out;
    }

    static List<DetectedSecret> inCiVariable(String key, String value) {
        List<DetectedSecret> out = new ArrayList<>();
        BUILT_IN.scanCiVariable(Location.of(LocationKind.CI_ENV).build(), key, value, out::add);
        return out;
    }

    static List<DetectedSecret> inText(String text) {
        List<DetectedSecret> out = new ArrayList<>();
        BUILT_IN.scanText(Location.of(LocationKind.HISTORY).historyIndex(3).build(), text, out::add);
        return out;
    }

    static List<String> ruleIds(List<DetectedSecret> found) {
        return found.stream().map(DetectedSecret::ruleId).toList();
    }
}
