package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.LayerVisitor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Feeds every file of one layer to detection and records the layer's entries for hiding resolution. */
final class LayerScanVisitor implements LayerVisitor {
    private final LayerRef layer;
    private final int target;
    private final LayerEntries entries = new LayerEntries();
    private final LayerFiles files;
    private final List<CoverageGap> gaps = new ArrayList<>();

    LayerScanVisitor(LayerFiles files, LayerRef layer, int target) {
        this.files = files;
        this.layer = layer;
        this.target = target;
    }

    @Override
    public void file(String path, long size, InputStream content) throws IOException {
        if (!path.contains("!/")) {
            entries.entry(path);
        }
        Location base = Location.of(LocationKind.FILE).path(path)
                .layer(layer.index(), layer.descriptor().digest(), layer.diffId()).build();
        files.scan(base, size, content);
    }

    @Override
    public void whiteout(String hiddenPath) {
        entries.whiteout(hiddenPath);
    }

    @Override
    public void opaqueDirectory(String directory) {
        entries.opaque(directory);
    }

    @Override
    public void hardLink(String path, String target) {
        entries.hardLink(path, target);
    }

    @Override
    public void otherEntry(String path) {
        if (!path.contains("!/")) {
            entries.entry(path);
        }
    }

    @Override
    public void gap(CoverageGap.Reason reason, String path, String detail) {
        gaps.add(new CoverageGap(reason, target, OptionalInt.of(layer.index()), Optional.of(path), detail));
    }

    /** The result once the walk is complete, after waiting for the layer's files still being scanned. */
    LayerScan result() {
        return new LayerScan(layer.index(), entries, files.finish(), gaps);
    }
}
