package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.Platform;
import java.util.List;

/** Maps an opened image onto the report's description of a target. */
final class TargetInfos {
    private TargetInfos() {
    }

    static TargetInfo of(ImageTarget image) {
        List<LayerInfo> layers = image.layers().stream().map(TargetInfos::layer).toList();
        return new TargetInfo(TargetInfo.IMAGE, image.reference(), java.util.Optional.of(image.configDigest()),
                image.manifestDigest(), image.platform().map(Platform::toString), layers, image.annotations());
    }

    private static LayerInfo layer(LayerRef l) {
        return new LayerInfo(l.index(), l.descriptor().digest(), l.diffId(), l.descriptor().mediaType(),
                l.descriptor().size(), l.createdBy().map(HistoryRedaction::redact));
    }
}
