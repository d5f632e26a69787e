package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;

/** An image source that forwards to another; subclasses change what they need (targets, closing). */
public abstract class ForwardingImageSource implements ImageSource {
    private final ImageSource delegate;

    /** Forwards to {@code delegate}. */
    protected ForwardingImageSource(ImageSource delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<ImageTarget> targets() {
        return delegate.targets();
    }

    @Override
    public List<Attestation> attestations() {
        return delegate.attestations();
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        return delegate.openLayer(layer);
    }

    @Override
    public String storedDigest(LayerRef layer) throws IOException {
        return delegate.storedDigest(layer);
    }

    @Override
    public InputStream openAttestation(Attestation attestation) throws IOException {
        return delegate.openAttestation(attestation);
    }

    @Override
    public Optional<AnonymousPull> anonymousPull() {
        return delegate.anonymousPull();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
