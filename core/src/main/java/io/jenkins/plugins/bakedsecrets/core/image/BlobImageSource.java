package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An image source over any {@link BlobStore}: resolves indexes and manifests, verifies every manifest and config
 * against its digest, and hands out layer streams that decompress on the fly and verify at their end.
 */
public final class BlobImageSource implements ImageSource {
    private final BlobStore store;
    private final List<ImageTarget> targets;
    private final List<Attestation> attestations;
    private final boolean layerDigestIsDiffId;

    private BlobImageSource(BlobStore store, List<ImageTarget> targets, List<Attestation> attestations,
                            boolean layerDigestIsDiffId) {
        this.store = store;
        this.targets = List.copyOf(targets);
        this.attestations = List.copyOf(attestations);
        this.layerDigestIsDiffId = layerDigestIsDiffId;
    }

    /**
     * Opens the images that {@code roots} (manifests or indexes) lead to. The source owns the store from then on.
     *
     * @param store where the blobs are
     * @param roots root descriptors, for example the manifests of an OCI layout's {@code index.json}
     * @param reference the reference text the user gave, used to name the targets
     * @param selector which platforms and names to keep
     * @throws DigestMismatchException when a manifest, index or config does not match its digest
     * @throws ImageFormatException when one of them is malformed
     */
    public static BlobImageSource open(BlobStore store, List<Descriptor> roots, String reference,
                                       TargetSelector selector) throws IOException {
        return resolve(store, List.copyOf(roots), Map.of(), reference, selector);
    }

    /**
     * Opens the images that an OCI layout's {@code index.json} leads to. Its own annotations lead to every one of
     * them, so they end each image's {@link ImageTarget#indexAnnotations}, after those of the entries and indexes.
     */
    static BlobImageSource ofLayout(BlobStore store, LayoutIndex index, String reference, TargetSelector selector)
            throws IOException {
        return resolve(store, index.roots(), index.annotations(), reference, selector);
    }

    private static BlobImageSource resolve(BlobStore store, List<Descriptor> roots, Map<String, String> listAnnotations,
                                           String reference, TargetSelector selector) throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(selector, "selector");
        ManifestResolver.Resolution r = new ManifestResolver(store, reference, selector).resolve(roots,
                listAnnotations);
        return new BlobImageSource(store, r.targets(), r.attestations(), false);
    }

    /**
     * A source of already resolved targets whose layer descriptors carry the diff ID as their digest (classic
     * docker-archive), so that only the uncompressed content is verified.
     */
    static BlobImageSource ofUncompressedLayers(BlobStore store, List<ImageTarget> targets) {
        return new BlobImageSource(store, targets, List.of(), true);
    }

    @Override
    public List<ImageTarget> targets() {
        return targets;
    }

    @Override
    public List<Attestation> attestations() {
        return attestations;
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        Descriptor d = layer.descriptor();
        MediaTypes.layerCompression(d.mediaType(), d.digest());
        String what = "layer " + layer.index() + " (" + d.digest() + ")";
        VerifyingBlobStream.Expectation expected = new VerifyingBlobStream.Expectation(what, d.digest(), d.size(),
                !layerDigestIsDiffId, Optional.of(layer.diffId()), true);
        return VerifyingBlobStream.open(store.open(d), expected);
    }

    /**
     * Hashes the stored bytes without decompressing them (a fraction of the cost of inflating): checked against the
     * descriptor digest and size where that digest is of those bytes; where it is the diff ID (classic
     * docker-archive layers, stored compressed or not), the hash names the bytes and a changed file is a cache miss.
     */
    @Override
    public String storedDigest(LayerRef layer) throws IOException {
        Descriptor d = layer.descriptor();
        MediaTypes.layerCompression(d.mediaType(), d.digest());
        VerifyingBlobStream.Expectation expected = new VerifyingBlobStream.Expectation(
                "layer " + layer.index() + " (" + d.digest() + ")", d.digest(), d.size(), !layerDigestIsDiffId,
                Optional.empty(), false);
        return VerifyingBlobStream.storedDigest(store.open(d), expected);
    }

    @Override
    public InputStream openAttestation(Attestation attestation) throws IOException {
        Descriptor d = attestation.layer();
        VerifyingBlobStream.Expectation expected = new VerifyingBlobStream.Expectation(
                "attestation (" + d.digest() + ")", d.digest(), d.size(), true, Optional.empty(), false);
        return VerifyingBlobStream.open(store.open(d), expected);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
