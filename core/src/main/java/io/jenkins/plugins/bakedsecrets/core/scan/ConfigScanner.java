package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.image.HistoryEntry;
import io.jenkins.plugins.bakedsecrets.core.image.ImageConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Scans the image config: Env, Labels, history (build arguments, ENV, inline credentials), Entrypoint and Cmd. */
final class ConfigScanner {
    private final SecretDetector detector;

    ConfigScanner(SecretDetector detector) {
        this.detector = detector;
    }

    void scan(ImageConfig config, Consumer<DetectedSecret> sink) {
        for (String entry : config.env()) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? "" : entry.substring(eq + 1);
            detector.scanKeyValue(Location.of(LocationKind.ENV).key(key).build(), key, value, sink);
        }
        for (Map.Entry<String, String> label : config.labels().entrySet()) {
            detector.scanKeyValue(Location.of(LocationKind.LABEL).key(label.getKey()).build(), label.getKey(),
                    label.getValue(), sink);
        }
        for (HistoryEntry h : config.history()) {
            h.createdBy().ifPresent(line -> scanHistory(h.index(), line, sink));
        }
        scanCommand("Entrypoint", config.entrypoint(), sink);
        scanCommand("Cmd", config.cmd(), sink);
    }

    private void scanHistory(int index, String line, Consumer<DetectedSecret> sink) {
        for (BuildArguments.Assignment a : BuildArguments.parse(line)) {
            Location base = Location.of(LocationKind.HISTORY).historyIndex(index).key(a.key()).build();
            detector.scanKeyValue(base, a.key(), a.value(), sink);
        }
        detector.scanText(Location.of(LocationKind.HISTORY).historyIndex(index).field("created_by").build(), line,
                sink);
    }

    private void scanCommand(String field, List<String> words, Consumer<DetectedSecret> sink) {
        if (!words.isEmpty()) {
            detector.scanText(Location.of(LocationKind.CONFIG).field(field).build(), String.join(" ", words), sink);
        }
    }
}
