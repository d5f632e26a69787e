package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.ConfigJson;
import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.DescriptorJson;
import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.ManifestJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves root descriptors (indexes and manifests) into verified platform images and attestations. Every manifest,
 * index and config is checked against its digest before it is parsed.
 */
final class ManifestResolver {
    static final String REF_NAME = "org.opencontainers.image.ref.name";
    static final String CONTAINERD_NAME = "io.containerd.image.name";
    private static final String REFERENCE_TYPE = "vnd.docker.reference.type";
    private static final String REFERENCE_DIGEST = "vnd.docker.reference.digest";
    private static final String PREDICATE_TYPE = "in-toto.io/predicate-type";
    private static final int MAX_INDEX_DEPTH = 4;

    private final BlobStore store;
    private final String reference;
    private final TargetSelector selector;
    private final List<ImageTarget> targets = new ArrayList<>();
    private final List<Attestation> attestations = new ArrayList<>();
    /** Platforms of the images the selector left out, for the message when it leaves out all of them. */
    private final Set<String> otherPlatforms = new TreeSet<>();

    /** The outcome. */
    record Resolution(List<ImageTarget> targets, List<Attestation> attestations) {
        Resolution {
            targets = List.copyOf(targets);
            attestations = List.copyOf(attestations);
        }
    }

    ManifestResolver(BlobStore store, String reference, TargetSelector selector) {
        this.store = store;
        this.reference = reference;
        this.selector = selector;
    }

    /**
     * Resolves the roots the selector's name admits.
     *
     * @param roots the root manifests and indexes
     * @param listAnnotations the own annotations of what lists the roots when no blob holds it (an OCI layout's
     *     {@code index.json}); empty when the roots stand alone
     * @throws ImageFormatException when they hold no image the selector admits: a scan of nothing must not pass
     */
    Resolution resolve(List<Descriptor> roots, Map<String, String> listAnnotations) throws IOException {
        List<Map<String, String>> above = nearestFirst(listAnnotations, List.of());
        for (Descriptor root : roots) {
            if (selected(root)) {
                visit(root, 0, false, above);
            }
        }
        if (targets.isEmpty()) {
            throw noImage();
        }
        Set<String> kept = targets.stream().map(t -> t.manifestDigest().orElse(""))
                .collect(Collectors.toSet());
        List<Attestation> relevant = attestations.stream()
                .filter(a -> a.subjectDigest().isEmpty() || kept.contains(a.subjectDigest().get())).toList();
        return new Resolution(targets, relevant);
    }

    private boolean selected(Descriptor root) {
        if (selector.name().isEmpty()) {
            return true;
        }
        String name = selector.name().get();
        return name.equals(root.annotations().get(REF_NAME)) || name.equals(root.annotations().get(CONTAINERD_NAME));
    }

    private ImageFormatException noImage() {
        if (selector.platform().isPresent() && !otherPlatforms.isEmpty()) {
            return new ImageFormatException(reference + " has no image for platform " + selector.platform().get()
                    + " (it has " + String.join(", ", otherPlatforms) + ")");
        }
        if (selector.name().isPresent()) {
            return new ImageFormatException(reference + " has no image named '"
                    + Digests.shorten(selector.name().get()) + "'");
        }
        return new ImageFormatException(reference + " holds no image: its index lists no image manifest");
    }

    /**
     * Reads a manifest or index whose media type the referring descriptor gives; the content must agree with it.
     * {@code above}: annotations of the index entries and indexes above this descriptor, nearest first.
     */
    private void visit(Descriptor descriptor, int depth, boolean severalInIndex, List<Map<String, String>> above)
            throws IOException {
        boolean index = MediaTypes.isIndex(descriptor.mediaType());
        String what = (index ? "index " : "manifest ") + descriptor.digest();
        if (!index && !MediaTypes.isManifest(descriptor.mediaType())) {
            throw new ImageFormatException(what + " has media type '" + Digests.shorten(descriptor.mediaType())
                    + "', which is not an image manifest or index");
        }
        ManifestJson json = ImageJson.parse(fetch(descriptor, what), ManifestJson.class, what);
        boolean agrees = json.mediaType() == null
                || (index ? MediaTypes.isIndex(json.mediaType()) : MediaTypes.isManifest(json.mediaType()));
        if (!agrees || (index ? json.manifests() == null : json.config() == null)) {
            throw new ImageFormatException(what + " does not hold the " + (index ? "index" : "manifest")
                    + " its media type " + descriptor.mediaType() + " announces");
        }
        List<Map<String, String>> trail = nearestFirst(descriptor.annotations(), above);
        if (!index) {
            addTarget(descriptor, json, severalInIndex, depth == 0, trail);
        } else if (depth >= MAX_INDEX_DEPTH) {
            throw new ImageFormatException(what + " nests deeper than " + MAX_INDEX_DEPTH + " levels");
        } else {
            visitIndex(descriptor, json, depth, nearestFirst(ImageJson.strings(json.annotations()), trail));
        }
    }

    private static List<Map<String, String>> nearestFirst(Map<String, String> annotations,
                                                          List<Map<String, String>> above) {
        if (annotations.isEmpty()) {
            return above;
        }
        List<Map<String, String>> trail = new ArrayList<>();
        trail.add(annotations);
        trail.addAll(above);
        return trail;
    }

    private void visitIndex(Descriptor index, ManifestJson json, int depth, List<Map<String, String>> trail)
            throws IOException {
        List<Descriptor> children = new ArrayList<>();
        for (DescriptorJson child : json.manifests()) {
            children.add(ImageJson.descriptor(child, "index " + index.digest()));
        }
        List<Descriptor> images = children.stream().filter(c -> !isAttestation(c)).toList();
        for (Descriptor child : children) {
            if (isAttestation(child)) {
                addAttestations(child);
            } else if (MediaTypes.isIndex(child.mediaType())) {
                visit(child, depth + 1, false, trail);
            } else if (MediaTypes.isManifest(child.mediaType()) && selector.matches(child.platform())) {
                visit(child, depth + 1, images.size() > 1, trail);
            } else if (MediaTypes.isManifest(child.mediaType())) {
                otherPlatforms.add(Platform.describe(child.platform()));
            }
            // Other children (signatures, SBOM artifacts) are not images; the scanner leaves them alone.
        }
    }

    private static boolean isAttestation(Descriptor d) {
        boolean unknown = d.platform().map(p -> "unknown".equals(p.os()) && "unknown".equals(p.architecture()))
                .orElse(false);
        return unknown || "attestation-manifest".equals(d.annotations().get(REFERENCE_TYPE));
    }

    private void addAttestations(Descriptor manifest) throws IOException {
        String what = "attestation manifest " + manifest.digest();
        ManifestJson json = ImageJson.parse(fetch(manifest, what), ManifestJson.class, what);
        if (json.layers() == null) {
            return;
        }
        Optional<String> subject = Optional.ofNullable(manifest.annotations().get(REFERENCE_DIGEST));
        for (DescriptorJson layerJson : json.layers()) {
            Descriptor layer = ImageJson.descriptor(layerJson, what);
            if (MediaTypes.IN_TOTO.equals(layer.mediaType())) {
                attestations.add(new Attestation(reference, subject,
                        Optional.ofNullable(layer.annotations().get(PREDICATE_TYPE)), layer));
            }
        }
    }

    private void addTarget(Descriptor manifest, ManifestJson json, boolean severalInIndex, boolean root,
                           List<Map<String, String>> indexAnnotations) throws IOException {
        String what = "manifest " + manifest.digest();
        Descriptor configDescriptor = ImageJson.descriptor(json.config(), what);
        if (!MediaTypes.isConfig(configDescriptor.mediaType())) {
            if (root) {
                throw new ImageFormatException(what + " is not an image: its config has media type '"
                        + Digests.shorten(configDescriptor.mediaType()) + "'");
            }
            // An artifact listed beside the images of an index (an SBOM, a signature): not an image.
            return;
        }
        String configWhat = "config " + configDescriptor.digest();
        ConfigJson configJson = ImageJson.parse(fetch(configDescriptor, configWhat), ConfigJson.class, configWhat);
        ImageConfig config = ImageJson.config(configJson);
        List<Descriptor> blobs = new ArrayList<>();
        for (DescriptorJson layer : json.layers() == null ? List.<DescriptorJson>of() : json.layers()) {
            blobs.add(ImageJson.descriptor(layer, what));
        }
        Optional<Platform> platform = manifest.platform().or(config::platform);
        if (!selector.matches(platform)) {
            otherPlatforms.add(Platform.describe(platform));
            return;
        }
        String name = severalInIndex && platform.isPresent() ? reference + " (" + platform.get() + ")" : reference;
        targets.add(new ImageTarget(name, configDescriptor.digest(), Optional.of(manifest.digest()), platform, config,
                LayerRefs.of(config, blobs, what), ImageJson.strings(json.annotations()), indexAnnotations));
    }

    /**
     * Reads a small blob and checks its digest and, when known, its size. No more than the size the descriptor gives
     * plus one byte is read, so that an endless body fails at once.
     */
    private byte[] fetch(Descriptor descriptor, String what) throws IOException {
        if (descriptor.size() > Digests.MAX_JSON_BYTES) {
            throw new ImageFormatException(what + " is larger than " + Digests.MAX_JSON_BYTES + " bytes");
        }
        byte[] bytes;
        try (InputStream in = store.open(descriptor)) {
            if (descriptor.size() < 0) {
                bytes = Digests.readBounded(in, Digests.MAX_JSON_BYTES, what);
            } else {
                bytes = in.readNBytes((int) descriptor.size() + 1);
                if (bytes.length > descriptor.size()) {
                    throw new ImageFormatException(what + " has more bytes than the " + descriptor.size()
                            + " its descriptor says");
                }
            }
        }
        Digests.verify(bytes, descriptor.digest(), what);
        if (descriptor.size() >= 0 && bytes.length != descriptor.size()) {
            throw new ImageFormatException(what + " has " + bytes.length + " bytes but its descriptor says "
                    + descriptor.size());
        }
        return bytes;
    }
}
