package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detections of one layer's files, put back into walk order however the threads finished, so that a scan gives the
 * same findings in the same order whatever its parallelism.
 */
final class FileResults {
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(int sequence, List<DetectedSecret> detections) {
    }

    /** Records what file number {@code sequence} of the walk produced. */
    synchronized void add(int sequence, List<DetectedSecret> detections) {
        if (!detections.isEmpty()) {
            entries.add(new Entry(sequence, List.copyOf(detections)));
        }
    }

    /** Every detection, files in walk order, each file's own order kept. */
    synchronized List<DetectedSecret> inWalkOrder() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::sequence));
        List<DetectedSecret> all = new ArrayList<>();
        sorted.forEach(e -> all.addAll(e.detections()));
        return all;
    }
}
