package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.BlobImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ForwardingImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.Platform;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.Transport;
import io.jenkins.plugins.bakedsecrets.core.image.daemon.DockerEngineClient;
import io.jenkins.plugins.bakedsecrets.core.image.daemon.DockerHost;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryClient;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryImageName;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryOptions;
import io.jenkins.plugins.bakedsecrets.core.image.registry.ResolvedManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens every transport: local archives and layouts directly, {@code docker://} through the registry API, and
 * {@code docker-daemon:} through the Docker Engine API. The CLI and the Jenkins agent use the same opener.
 */
public final class ImageOpener implements SourceOpener {
    /** Registries serve many platforms; without a choice the scanner takes the one CI builds most. */
    static final Platform DEFAULT_REGISTRY_PLATFORM = Platform.parse("linux/amd64");

    private final RegistryOptions registry;
    private final Optional<DockerHost> dockerHost;
    private final Path exportDirectory;
    private final boolean exposureCheck;

    /**
     * An opener.
     *
     * @param registry registry credentials, TLS and retry settings
     * @param dockerHost the Docker engine for {@code docker-daemon:} references, when one is configured
     * @param exportDirectory where an engine export is spooled (a docker-archive needs random access)
     */
    public ImageOpener(RegistryOptions registry, Optional<DockerHost> dockerHost, Path exportDirectory) {
        this(registry, dockerHost, exportDirectory, true);
    }

    private ImageOpener(RegistryOptions registry, Optional<DockerHost> dockerHost, Path exportDirectory,
                        boolean exposureCheck) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.dockerHost = Objects.requireNonNull(dockerHost, "dockerHost");
        this.exportDirectory = Objects.requireNonNull(exportDirectory, "exportDirectory");
        this.exposureCheck = exposureCheck;
    }

    /**
     * This opener with the anonymous-pull check of registry images switched on (the default) or off. Off suits
     * registries that log or alert on anonymous requests.
     */
    public ImageOpener withExposureCheck(boolean enabled) {
        return new ImageOpener(registry, dockerHost, exportDirectory, enabled);
    }

    @Override
    public ImageSource open(String reference, TargetSelector selector) throws IOException {
        ImageReference ref = ImageReference.parse(reference);
        if (ref.transport() == Transport.DOCKER) {
            return openRegistry(ref, selector);
        }
        if (ref.transport() == Transport.DOCKER_DAEMON) {
            return openDaemon(ref, selector);
        }
        return ImageSources.open(ref, selector);
    }

    private ImageSource openRegistry(ImageReference ref, TargetSelector selector) throws IOException {
        RegistryImageName name = RegistryImageName.parse(ref.text().substring(Transport.DOCKER.prefix().length()));
        TargetSelector chosen = selector;
        if (selector.platform().isEmpty() && !registry.allPlatforms()) {
            chosen = new TargetSelector(Optional.of(registry.platform().orElse(DEFAULT_REGISTRY_PLATFORM)),
                    selector.name());
        }
        RegistryClient client = new RegistryClient(registry);
        try {
            ResolvedManifest resolved = client.resolve(name);
            ImageSource source = BlobImageSource.open(client.blobStore(name), List.of(resolved.root()), ref.text(),
                    chosen);
            return new ClosingSource(source, client::close, exposureCheck ? Optional.of(anonymousPull(client, name))
                    : Optional.empty());
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private ImageSource openDaemon(ImageReference ref, TargetSelector selector) throws IOException {
        DockerHost host = dockerHost.orElseThrow(() -> new IllegalArgumentException(
                "no Docker engine configured for " + ref.text() + " (set DOCKER_HOST)"));
        String image = ref.text().substring(Transport.DOCKER_DAEMON.prefix().length());
        Path archive = new DockerEngineClient(host).exportToFile(image, exportDirectory);
        try {
            ImageSource source = ImageSources.open(ImageReference.parse("docker-archive:" + archive), selector);
            return new ClosingSource(source, () -> Files.deleteIfExists(archive), Optional.empty());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(archive);
            throw e;
        }
    }

    /**
     * One anonymous request sequence. It must never fail the scan: whatever goes wrong (a registry fault, an odd
     * token server) only means the answer is unknown.
     */
    private static AnonymousPull anonymousPull(RegistryClient client, RegistryImageName name) {
        try {
            return client.checkAnonymousPull(name);
        } catch (RuntimeException e) {
            return AnonymousPull.UNKNOWN;
        }
    }

    /** A source that also releases what was opened for it (a registry client, a spooled export). */
    private static final class ClosingSource extends ForwardingImageSource {
        private final Cleanup cleanup;
        private final Optional<AnonymousPull> anonymousPull;

        ClosingSource(ImageSource delegate, Cleanup cleanup, Optional<AnonymousPull> anonymousPull) {
            super(delegate);
            this.cleanup = cleanup;
            this.anonymousPull = anonymousPull;
        }

        @Override
        public Optional<AnonymousPull> anonymousPull() {
            return anonymousPull;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                cleanup.run();
            }
        }
    }

    /** Work to do when a source closes. */
    @FunctionalInterface
    private interface Cleanup {
        void run() throws IOException;
    }
}
