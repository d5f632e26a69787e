package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records what a layer walk reports, as short strings in order, and the content of each file. */
final class RecordingVisitor implements LayerVisitor {
    final List<String> events = new ArrayList<>();
    final Map<String, String> files = new LinkedHashMap<>();
    final List<String> gaps = new ArrayList<>();

    @Override
    public void file(String path, long size, InputStream content) throws IOException {
        events.add("file " + path);
        files.put(path, new String(content.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Override
    public void whiteout(String hiddenPath) {
        events.add("whiteout " + hiddenPath);
    }

    @Override
    public void opaqueDirectory(String directory) {
        events.add("opaque " + directory);
    }

    @Override
    public void hardLink(String path, String target) {
        events.add("link " + path + " -> " + target);
    }

    @Override
    public void otherEntry(String path) {
        events.add("other " + path);
    }

    @Override
    public void gap(CoverageGap.Reason reason, String path, String detail) {
        events.add("gap " + reason.id() + " " + path);
        gaps.add(reason.id() + " " + path);
    }

    /** Walks a whole image source's layers of the first target. */
    static List<RecordingVisitor> walkAll(ImageSource source, int target) throws IOException {
        List<RecordingVisitor> result = new ArrayList<>();
        for (LayerRef layer : source.targets().get(target).layers()) {
            RecordingVisitor v = new RecordingVisitor();
            try (InputStream in = source.openLayer(layer)) {
                new LayerWalker(WalkLimits.DEFAULT).walk(in, v);
            }
            result.add(v);
        }
        return result;
    }
}
