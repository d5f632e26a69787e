package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code docker save} archives from test images, in the classic form ({@code HEX.json} configs and
 * {@code ID/layer.tar} layers) or the newer form (an OCI layout plus {@code manifest.json}).
 */
public final class DockerArchiveBuilder {
    private final List<ImageBuilder> images = new ArrayList<>();
    private final List<List<String>> tags = new ArrayList<>();
    private boolean gzipClassicLayers;
    private final Map<String, String> layoutAnnotations = new LinkedHashMap<>();

    DockerArchiveBuilder() {
    }

    /** Adds an image with its repo tags. */
    public DockerArchiveBuilder add(ImageBuilder image, String... repoTags) {
        images.add(image);
        tags.add(List.of(repoTags));
        return this;
    }

    /** In the classic form, stores each {@code layer.tar} gzip-compressed (as some tools do). */
    public DockerArchiveBuilder gzipClassicLayers() {
        gzipClassicLayers = true;
        return this;
    }

    /** In the newer form, annotates the embedded {@code index.json} itself. */
    public DockerArchiveBuilder layoutAnnotation(String key, String value) {
        layoutAnnotations.put(key, value);
        return this;
    }

    /** Writes the classic form and returns what was written for each image. */
    public List<BuiltImage> writeClassic(Path tar) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Object> manifest = new ArrayList<>();
        List<BuiltImage> built = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ImageBuilder image = images.get(i);
            List<String> layerPaths = new ArrayList<>();
            List<String> diffIds = new ArrayList<>();
            for (LayerBuilder layer : image.layers()) {
                byte[] tarBytes = layer.tar();
                String diffId = Blobs.sha256(tarBytes);
                diffIds.add(diffId);
                String path = BuiltImage.hex(diffId) + "/layer.tar";
                files.put(path, gzipClassicLayers ? Compression.GZIP.compress(tarBytes) : tarBytes);
                layerPaths.add(path);
            }
            byte[] config = image.configJson(diffIds);
            String configDigest = Blobs.sha256(config);
            files.put(BuiltImage.hex(configDigest) + ".json", config);
            manifest.add(entry(BuiltImage.hex(configDigest) + ".json", tags.get(i), layerPaths));
            built.add(new BuiltImage("", "", 0, configDigest, diffIds, diffIds));
        }
        files.put("manifest.json", Blobs.json(manifest));
        TarWriter.write(tar, files);
        return built;
    }

    /** Writes the newer form (OCI layout inside) and returns what was written for each image. */
    public List<BuiltImage> writeOciForm(Path tar) throws IOException {
        OciLayoutBuilder layout = new OciLayoutBuilder();
        layoutAnnotations.forEach(layout::layoutAnnotation);
        List<Object> manifest = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            layout.add(images.get(i), tags.get(i).isEmpty() ? null : tags.get(i).get(0));
            BuiltImage b = layout.images().get(i);
            List<String> layerPaths = b.layerDigests().stream().map(d -> "blobs/sha256/" + BuiltImage.hex(d)).toList();
            manifest.add(entry("blobs/sha256/" + BuiltImage.hex(b.configDigest()), tags.get(i), layerPaths));
        }
        Map<String, byte[]> files = new LinkedHashMap<>(layout.files());
        files.put("manifest.json", Blobs.json(manifest));
        files.put("repositories", "{}".getBytes(StandardCharsets.UTF_8));
        TarWriter.write(tar, files);
        return layout.images();
    }

    private static Map<String, Object> entry(String config, List<String> repoTags, List<String> layers) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("Config", config);
        e.put("RepoTags", repoTags.isEmpty() ? null : repoTags);
        e.put("Layers", layers);
        return e;
    }
}
