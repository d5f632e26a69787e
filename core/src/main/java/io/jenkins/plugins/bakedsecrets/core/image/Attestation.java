package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Objects;
import java.util.Optional;

/**
 * An in-toto document attached to an image index (BuildKit writes these as {@code unknown/unknown} manifests).
 * BuildKit's {@code mode=max} provenance can hold build-argument values, so these are scanned as documents.
 *
 * @param reference reference of the image the attestation belongs to
 * @param subjectDigest digest of the manifest it attests, from {@code vnd.docker.reference.digest}
 * @param predicateType the {@code in-toto.io/predicate-type} annotation, when present
 * @param layer the in-toto blob
 */
public record Attestation(String reference, Optional<String> subjectDigest, Optional<String> predicateType,
                          Descriptor layer) {
    /** Validates components. */
    public Attestation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subjectDigest, "subjectDigest");
        Objects.requireNonNull(predicateType, "predicateType");
        Objects.requireNonNull(layer, "layer");
    }
}
