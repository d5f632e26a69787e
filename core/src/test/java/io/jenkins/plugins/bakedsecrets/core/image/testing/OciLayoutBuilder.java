package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an OCI image layout from test images (single images, multi-platform indexes, optionally with BuildKit-style
 * attestation manifests) and writes it as a directory or as an oci-archive tar.
 */
public final class OciLayoutBuilder {
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";
    private static final String REF_NAME = "org.opencontainers.image.ref.name";

    private final Blobs blobs = new Blobs();
    private final List<Map<String, Object>> roots = new ArrayList<>();
    private final List<BuiltImage> images = new ArrayList<>();
    private String attestationPredicate = "{}";
    private final Map<String, String> nextIndexAnnotations = new LinkedHashMap<>();
    private final Map<String, String> layoutAnnotations = new LinkedHashMap<>();

    OciLayoutBuilder() {
    }

    /** Adds one image to {@code index.json}, named {@code refName} (null: unnamed). */
    public OciLayoutBuilder add(ImageBuilder image, String refName) {
        BuiltImage built = image.build(blobs);
        images.add(built);
        roots.add(named(Blobs.descriptor(built.manifestMediaType(), built.manifestDigest(), built.manifestSize()),
                refName));
        return this;
    }

    /** Adds a multi-platform image index named {@code refName} over {@code platforms}. */
    public OciLayoutBuilder addIndex(String refName, boolean withAttestations, ImageBuilder... platforms) {
        return addIndex(refName, withAttestations, List.of(), platforms);
    }

    /**
     * Adds an index over {@code platforms} that also lists {@code artifactManifest}, an OCI manifest without
     * platform (an SBOM or a signature, say).
     */
    public OciLayoutBuilder addIndexWithArtifact(String refName, byte[] artifactManifest, ImageBuilder... platforms) {
        Map<String, Object> artifact = Blobs.descriptor("application/vnd.oci.image.manifest.v1+json",
                blobs.put(artifactManifest), artifactManifest.length);
        return addIndex(refName, false, List.of(artifact), platforms);
    }

    private OciLayoutBuilder addIndex(String refName, boolean withAttestations, List<Map<String, Object>> extra,
                                      ImageBuilder... platforms) {
        List<Object> children = new ArrayList<>(extra);
        for (ImageBuilder image : platforms) {
            BuiltImage built = image.build(blobs);
            images.add(built);
            Map<String, Object> d = Blobs.descriptor(built.manifestMediaType(), built.manifestDigest(),
                    built.manifestSize());
            d.put("platform", platform(image.platform()));
            children.add(d);
            if (withAttestations) {
                children.add(attestation(built));
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("schemaVersion", 2);
        index.put("mediaType", INDEX);
        index.put("manifests", children);
        if (!nextIndexAnnotations.isEmpty()) {
            index.put("annotations", new LinkedHashMap<>(nextIndexAnnotations));
            nextIndexAnnotations.clear();
        }
        byte[] bytes = Blobs.json(index);
        roots.add(named(Blobs.descriptor(INDEX, blobs.put(bytes), bytes.length), refName));
        return this;
    }

    /** Annotates the index document that the next {@link #addIndex} writes. */
    public OciLayoutBuilder indexAnnotation(String key, String value) {
        nextIndexAnnotations.put(key, value);
        return this;
    }

    /** Annotates {@code index.json} itself: its own {@code annotations}, beside {@code manifests}. */
    public OciLayoutBuilder layoutAnnotation(String key, String value) {
        layoutAnnotations.put(key, value);
        return this;
    }

    /** Annotates the {@code index.json} entry added last. */
    public OciLayoutBuilder entryAnnotation(String key, String value) {
        Map<String, Object> last = roots.get(roots.size() - 1);
        @SuppressWarnings("unchecked")
        Map<String, String> existing = (Map<String, String>) last.getOrDefault("annotations", Map.of());
        Map<String, String> annotations = new LinkedHashMap<>(existing);
        annotations.put(key, value);
        last.put("annotations", annotations);
        return this;
    }

    /** Adds a root whose manifest is exactly {@code manifestJson} (for malformed-manifest tests). */
    public OciLayoutBuilder addRawManifest(String manifestJson, String refName) {
        return addRawRoot("application/vnd.oci.image.manifest.v1+json",
                manifestJson.getBytes(StandardCharsets.UTF_8), refName);
    }

    /**
     * Adds a root manifest over a config of {@code configMediaType} listing {@code diffIds}, with exactly the layer
     * descriptors given, for manifests that no real tool writes (foreign layers, artifacts, odd sizes).
     */
    public OciLayoutBuilder addManifest(String refName, String configMediaType, List<String> diffIds,
                                        List<Map<String, Object>> layers) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("os", "linux");
        config.put("architecture", "amd64");
        config.put("rootfs", Map.of("type", "layers", "diff_ids", diffIds));
        byte[] configBytes = Blobs.json(config);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        manifest.put("config", Blobs.descriptor(configMediaType, blobs.put(configBytes), configBytes.length));
        manifest.put("layers", layers);
        return addRawRoot("application/vnd.oci.image.manifest.v1+json", Blobs.json(manifest), refName);
    }

    /** A descriptor to pass to {@link #addManifest}; it may be changed before. */
    public static Map<String, Object> descriptor(String mediaType, String digest, long size) {
        return Blobs.descriptor(mediaType, digest, size);
    }

    /** Adds a root of any media type whose content is exactly {@code content}. */
    public OciLayoutBuilder addRawRoot(String mediaType, byte[] content, String refName) {
        roots.add(named(Blobs.descriptor(mediaType, blobs.put(content), content.length), refName));
        return this;
    }

    /** Stores an extra blob and returns its digest. */
    public String addBlob(byte[] content) {
        return blobs.put(content);
    }

    /** The images built so far, in the order added (index children in platform order). */
    public List<BuiltImage> images() {
        return List.copyOf(images);
    }

    /** Sets the predicate of the attestations that {@link #addIndex} writes (default: an empty object). */
    public OciLayoutBuilder attestationPredicate(String predicateJson) {
        this.attestationPredicate = predicateJson;
        return this;
    }

    private Map<String, Object> attestation(BuiltImage subject) {
        byte[] statement = ("{\"_type\":\"https://in-toto.io/Statement/v0.1\",\"predicateType\":"
                + "\"https://slsa.dev/provenance/v0.2\",\"predicate\":" + attestationPredicate + "}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> layer = Blobs.descriptor("application/vnd.in-toto+json", blobs.put(statement),
                statement.length);
        layer.put("annotations", Map.of("in-toto.io/predicate-type", "https://slsa.dev/provenance/v0.2"));
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        manifest.put("config", Blobs.descriptor("application/vnd.oci.image.config.v1+json", blobs.put(config),
                config.length));
        manifest.put("layers", List.of(layer));
        byte[] bytes = Blobs.json(manifest);
        Map<String, Object> d = Blobs.descriptor("application/vnd.oci.image.manifest.v1+json", blobs.put(bytes),
                bytes.length);
        d.put("platform", Map.of("os", "unknown", "architecture", "unknown"));
        d.put("annotations", Map.of("vnd.docker.reference.type", "attestation-manifest",
                "vnd.docker.reference.digest", subject.manifestDigest()));
        return d;
    }

    private static Map<String, Object> platform(String platform) {
        String[] p = platform.split("/");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("os", p[0]);
        m.put("architecture", p[1]);
        if (p.length > 2) {
            m.put("variant", p[2]);
        }
        return m;
    }

    private static Map<String, Object> named(Map<String, Object> descriptor, String refName) {
        if (refName != null) {
            descriptor.put("annotations", Map.of(REF_NAME, refName));
        }
        return descriptor;
    }

    /** The layout's files by relative path. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("schemaVersion", 2);
        index.put("mediaType", INDEX);
        index.put("manifests", roots);
        if (!layoutAnnotations.isEmpty()) {
            index.put("annotations", layoutAnnotations);
        }
        files.put("index.json", Blobs.json(index));
        blobs.all().forEach((digest, content) -> files.put("blobs/sha256/" + BuiltImage.hex(digest), content));
        return files;
    }

    /** Writes the layout into directory {@code dir} (created when absent) and returns it. */
    public Path writeDirectory(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        return dir;
    }

    /** Writes the layout as an oci-archive tar and returns it. */
    public Path writeArchive(Path tar) throws IOException {
        TarWriter.write(tar, files());
        return tar;
    }
}
