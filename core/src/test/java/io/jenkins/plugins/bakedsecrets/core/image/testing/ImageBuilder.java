package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds one platform image (layers plus config) into a set of blobs. */
public final class ImageBuilder {
    private final List<LayerBuilder> layers = new ArrayList<>();
    private final List<String> env = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final List<Map<String, Object>> history = new ArrayList<>();
    private List<String> entrypoint = List.of();
    private List<String> cmd = List.of();
    private String os = "linux";
    private String architecture = "amd64";
    private Optional<String> variant = Optional.empty();
    private boolean docker;
    private Optional<String> rawConfig = Optional.empty();

    ImageBuilder() {
    }

    /** Adds a layer built by {@code content}; without explicit history each layer gets a {@code RUN} step. */
    public ImageBuilder layer(Compression compression, Consumer<LayerBuilder> content) {
        LayerBuilder layer = new LayerBuilder().compression(compression);
        content.accept(layer);
        layers.add(layer);
        return this;
    }

    /** Adds an uncompressed layer. */
    public ImageBuilder layer(Consumer<LayerBuilder> content) {
        return layer(Compression.NONE, content);
    }

    /** Adds a {@code KEY=VALUE} environment entry. */
    public ImageBuilder env(String keyValue) {
        env.add(keyValue);
        return this;
    }

    /** Adds a label. */
    public ImageBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    /** Adds a manifest annotation. */
    public ImageBuilder annotation(String key, String value) {
        annotations.put(key, value);
        return this;
    }

    /** Sets the entrypoint. */
    public ImageBuilder entrypoint(String... args) {
        entrypoint = List.of(args);
        return this;
    }

    /** Sets the command. */
    public ImageBuilder cmd(String... args) {
        cmd = List.of(args);
        return this;
    }

    /** Adds a history step; once any is added, the history is exactly what was added. */
    public ImageBuilder history(String createdBy, boolean emptyLayer) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("created", "2024-01-01T00:00:00Z");
        h.put("created_by", createdBy);
        if (emptyLayer) {
            h.put("empty_layer", true);
        }
        history.add(h);
        return this;
    }

    /** Sets the platform ({@code os/arch[/variant]}); default linux/amd64. */
    public ImageBuilder platform(String platform) {
        String[] p = platform.split("/");
        os = p[0];
        architecture = p[1];
        variant = p.length > 2 ? Optional.of(p[2]) : Optional.empty();
        return this;
    }

    /** The platform as {@code os/arch[/variant]}. */
    public String platform() {
        return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
    }

    /** Uses Docker schema 2 media types instead of OCI ones. */
    public ImageBuilder dockerMediaTypes() {
        docker = true;
        return this;
    }

    /** Replaces the config with exactly this text (for malformed-config tests). */
    public ImageBuilder rawConfig(String json) {
        rawConfig = Optional.of(json);
        return this;
    }

    /** The layer builders, bottom first. */
    List<LayerBuilder> layers() {
        return layers;
    }

    /** The config document. */
    byte[] configJson(List<String> diffIds) {
        if (rawConfig.isPresent()) {
            return rawConfig.get().getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("Env", env);
        config.put("Labels", labels);
        config.put("Entrypoint", entrypoint.isEmpty() ? null : entrypoint);
        config.put("Cmd", cmd.isEmpty() ? null : cmd);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("created", "2024-01-01T00:00:00Z");
        root.put("architecture", architecture);
        root.put("os", os);
        variant.ifPresent(v -> root.put("variant", v));
        root.put("config", config);
        root.put("rootfs", Map.of("type", "layers", "diff_ids", diffIds));
        root.put("history", history.isEmpty() ? defaultHistory() : history);
        return Blobs.json(root);
    }

    private List<Map<String, Object>> defaultHistory() {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            steps.add(Map.of("created_by", "RUN step " + i));
        }
        return steps;
    }

    /** Writes layers, config and manifest into {@code blobs}. */
    BuiltImage build(Blobs blobs) {
        List<Object> layerDescriptors = new ArrayList<>();
        List<String> layerDigests = new ArrayList<>();
        List<String> diffIds = new ArrayList<>();
        for (LayerBuilder layer : layers) {
            byte[] blob = layer.blob();
            String digest = blobs.put(blob);
            layerDigests.add(digest);
            diffIds.add(Blobs.sha256(layer.tar()));
            Compression c = layer.compression();
            layerDescriptors.add(Blobs.descriptor(docker ? c.dockerMediaType() : c.ociMediaType(), digest,
                    blob.length));
        }
        byte[] config = configJson(diffIds);
        String configDigest = blobs.put(config);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        String manifestType = docker ? "application/vnd.docker.distribution.manifest.v2+json"
                : "application/vnd.oci.image.manifest.v1+json";
        manifest.put("mediaType", manifestType);
        manifest.put("config", Blobs.descriptor(docker ? "application/vnd.docker.container.image.v1+json"
                : "application/vnd.oci.image.config.v1+json", configDigest, config.length));
        manifest.put("layers", layerDescriptors);
        if (!annotations.isEmpty()) {
            manifest.put("annotations", annotations);
        }
        byte[] manifestBytes = Blobs.json(manifest);
        String manifestDigest = blobs.put(manifestBytes);
        return new BuiltImage(manifestDigest, manifestType, manifestBytes.length, configDigest, layerDigests, diffIds);
    }
}
