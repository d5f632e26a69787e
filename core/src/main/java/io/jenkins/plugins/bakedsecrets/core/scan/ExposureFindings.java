package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.Transport;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryImageName;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Records registry exposure on the targets of a source and adds the anonymous-pull finding to every exposed target
 * that already has findings: a clean public image is fine, a public image with secrets hands them to anyone.
 */
final class ExposureFindings {
    private ExposureFindings() {
    }

    /** The exposure of a source, as the report records it on each of its targets. */
    static Optional<RegistryExposure> of(ImageSource source) {
        return source.anonymousPull().map(RegistryExposure::new);
    }

    /** Adds the finding to each target in {@code [first, end)} that has findings, when anyone can pull the image. */
    static void add(String reference, ImageSource source, int first, int end, FindingAssembler findings) {
        if (source.anonymousPull().orElse(AnonymousPull.UNKNOWN) != AnonymousPull.TRUE) {
            return;
        }
        String repository = repository(reference);
        // Decide for every target before adding any finding, so that one addition cannot count for another target.
        List<Integer> exposed = IntStream.range(first, end).filter(findings::hasFindings).boxed().toList();
        exposed.forEach(target -> findings.add(target, detection(repository)));
    }

    /** The finding for a repository; the repository name is public, so it serves as preview and fingerprint input. */
    static DetectedSecret detection(String repository) {
        Location location = Location.of(LocationKind.REGISTRY).key(repository).build();
        return new DetectedSecret(RegistryExposure.ANONYMOUS_PULL_RULE, RegistryExposure.ANONYMOUS_PULL_TITLE,
                Severity.CRITICAL, location, SecretDigest.of("registry:" + repository), repository, Optional.empty());
    }

    /** {@code host/repo} of a {@code docker://} reference. */
    static String repository(String reference) {
        String text = reference.strip();
        String name = text.startsWith(Transport.DOCKER.prefix()) ? text.substring(Transport.DOCKER.prefix().length())
                : text;
        RegistryImageName parsed = RegistryImageName.parse(name);
        return parsed.registry() + "/" + parsed.repository();
    }
}
