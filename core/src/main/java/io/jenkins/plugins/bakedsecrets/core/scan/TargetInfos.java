package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.finding.TextSpan;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps an opened image onto the report's description of a target. The text it copies from the image (history lines,
 * manifest annotations) is masked first: whatever a rule would flag never reaches a report.
 */
final class TargetInfos {
    private final SecretDetector detector;
    private final HistoryRedaction history;

    TargetInfos(SecretDetector detector) {
        this.detector = detector;
        this.history = new HistoryRedaction(detector);
    }

    TargetInfo of(ImageTarget image) {
        List<LayerInfo> layers = image.layers().stream().map(this::layer).toList();
        return new TargetInfo(TargetInfo.IMAGE, image.reference(), Optional.of(image.configDigest()),
                image.manifestDigest(), image.platform().map(Platform::toString), layers,
                annotations(image.annotations()));
    }

    private LayerInfo layer(LayerRef l) {
        return new LayerInfo(l.index(), l.descriptor().digest(), l.diffId(), l.descriptor().mediaType(),
                l.descriptor().size(), l.createdBy().map(history::redact));
    }

    /** Keys and values scanned as the scan reads them ({@code key=value}); keys keep previews, values masks. */
    private Map<String, String> annotations(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            List<TextSpan> spans = detector.secretSpans(key + "=" + value);
            int split = key.length() + 1;
            out.put(Redaction.previewSpans(key, TextSpan.within(spans, 0, key.length())),
                    Redaction.mask(value, TextSpan.within(spans, split, split + value.length())));
        });
        return out;
    }
}
