package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which image an approval or piece of evidence is about. Two identities name the same image when image ID and diff
 * IDs agree ({@link #sameImage}); reference and manifest digest are informative only, because recompressing or
 * re-tagging an image changes them without changing its content.
 *
 * @param imageId config digest of the image
 * @param diffIds uncompressed layer digests, bottom first
 * @param reference how the user named the image, when known
 * @param manifestDigest manifest digest, when known
 */
public record ImageIdentity(String imageId, List<String> diffIds, Optional<String> reference,
                            Optional<String> manifestDigest) {
    /** Validates components. */
    public ImageIdentity {
        Objects.requireNonNull(imageId, "imageId");
        if (imageId.isBlank()) {
            throw new IllegalArgumentException("an image identity needs an image ID");
        }
        diffIds = List.copyOf(diffIds);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(manifestDigest, "manifestDigest");
    }

    /** The identity of a scanned platform image; empty for targets that are not images (the CI environment). */
    public static Optional<ImageIdentity> of(TargetInfo target) {
        if (!TargetInfo.IMAGE.equals(target.type()) || target.imageId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImageIdentity(target.imageId().get(), target.diffIds(),
                Optional.of(target.reference()), target.manifestDigest()));
    }

    /** True when both identities name the same image content: same image ID and same diff IDs in order. */
    public boolean sameImage(ImageIdentity other) {
        return imageId.equals(other.imageId) && diffIds.equals(other.diffIds);
    }

    /** A short name for messages: the reference when known, else the image ID. */
    public String displayName() {
        return reference.orElse(imageId);
    }
}
