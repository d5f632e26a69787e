package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A source narrowed to some of another source's targets, with the attestations that concern them. */
final class FilteredImageSource extends ForwardingImageSource {
    private final List<ImageTarget> targets;
    private final List<Attestation> attestations;

    FilteredImageSource(ImageSource delegate, Predicate<ImageTarget> keep) {
        super(delegate);
        this.targets = delegate.targets().stream().filter(keep).toList();
        Set<String> manifests = targets.stream().map(t -> t.manifestDigest().orElse(""))
                .collect(Collectors.toSet());
        this.attestations = delegate.attestations().stream()
                .filter(a -> a.subjectDigest().map(manifests::contains).orElse(true)).toList();
    }

    @Override
    public List<ImageTarget> targets() {
        return targets;
    }

    @Override
    public List<Attestation> attestations() {
        return attestations;
    }
}
