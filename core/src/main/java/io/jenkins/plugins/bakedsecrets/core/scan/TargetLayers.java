package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.util.List;

/**
 * The layers of one image after scanning.
 *
 * @param entries each layer's entries, by layer index (empty for a layer that could not be read)
 * @param detections all detections, before hiding is resolved
 * @param gaps everything not scanned
 */
record TargetLayers(List<LayerEntries> entries, List<DetectedSecret> detections, List<CoverageGap> gaps) {
    TargetLayers {
        entries = List.copyOf(entries);
        detections = List.copyOf(detections);
        gaps = List.copyOf(gaps);
    }
}
