package io.jenkins.plugins.bakedsecrets.agent;

import io.jenkins.plugins.bakedsecrets.core.image.Attestation;
import io.jenkins.plugins.bakedsecrets.core.image.ForwardingImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import java.util.List;

/**
 * A source opened from a workspace-resolved reference that names its images by the reference as the job wrote it.
 * Reports and in-toto subjects then read {@code docker-archive:image.tar} on every agent, not the agent's absolute
 * workspace path, so the same build on two agents records the same subject.
 */
final class ReferenceAsWritten extends ForwardingImageSource {
    private final String resolvedPrefix;
    private final String writtenPrefix;

    /**
     * A source opened as {@code resolved} that the job named {@code written}. The two differ only in a prefix (the
     * workspace path added in front of a relative path), which is found as what remains before their common end.
     */
    ReferenceAsWritten(ImageSource delegate, String resolved, String written) {
        super(delegate);
        int common = 0;
        while (common < Math.min(resolved.length(), written.length())
                && resolved.charAt(resolved.length() - 1 - common) == written.charAt(written.length() - 1 - common)) {
            common++;
        }
        this.resolvedPrefix = resolved.substring(0, resolved.length() - common);
        this.writtenPrefix = written.substring(0, written.length() - common);
    }

    @Override
    public List<ImageTarget> targets() {
        return super.targets().stream().map(t -> new ImageTarget(asWritten(t.reference()), t.configDigest(),
                t.manifestDigest(), t.platform(), t.config(), t.layers(), t.annotations())).toList();
    }

    @Override
    public List<Attestation> attestations() {
        return super.attestations().stream().map(a -> new Attestation(asWritten(a.reference()), a.subjectDigest(),
                a.predicateType(), a.layer())).toList();
    }

    /** The name with the resolved prefix it starts with put back as the job wrote it. */
    String asWritten(String name) {
        return name.startsWith(resolvedPrefix) ? writtenPrefix + name.substring(resolvedPrefix.length()) : name;
    }
}
