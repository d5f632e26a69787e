package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.util.List;

/**
 * What scanning one layer produced.
 *
 * @param index the layer index
 * @param entries the layer's entries and whiteouts, for hiding resolution
 * @param detections secrets found in the layer's files
 * @param gaps what in the layer was not scanned
 */
record LayerScan(int index, LayerEntries entries, List<DetectedSecret> detections, List<CoverageGap> gaps) {
    LayerScan {
        detections = List.copyOf(detections);
        gaps = List.copyOf(gaps);
    }
}
