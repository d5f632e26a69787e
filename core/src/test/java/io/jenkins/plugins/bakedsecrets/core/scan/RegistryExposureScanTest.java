package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.image.Attestation;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import io.jenkins.plugins.bakedsecrets.core.image.LayerRef;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AnonymousPull;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the scanner turns a source's anonymous-pull answer into target exposure and the registry finding. */
class RegistryExposureScanTest {
    private static final FingerprintKey KEY = FingerprintKey.of("exposure-test-key-0123456789".getBytes(
            StandardCharsets.UTF_8));
    private static final String REFERENCE = "docker://registry.example.com:5000/team/app:1.0";
    private static final String REPOSITORY = "registry.example.com:5000/team/app";

    @TempDir
    Path dir;

    private static ImageBuilder withSecret() {
        return TestImages.image().layer(l -> l.file("app/.env", "GITHUB_TOKEN=" + PlantedSecrets.githubToken() + "\n"));
    }

    private static ImageBuilder clean() {
        return TestImages.image().layer(l -> l.file("etc/motd", "hello\n"));
    }

    /** Scans an archive as if it had been read from {@link #REFERENCE} with the given anonymous-pull answer. */
    private ScanReport scan(ImageBuilder image, Optional<AnonymousPull> answer) throws IOException {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(image, "app:1").writeClassic(archive);
        SourceOpener opener = (ref, selector) -> new Answering(
                ImageSources.open(ImageReference.parse("docker-archive:" + archive), selector), answer);
        ScanSettings settings = new ScanSettings(1, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        return new ImageScanner(SecretDetector.builtIn(KnownSecrets.none()), KEY, settings, opener)
                .scan(new ScanRequest(List.of(REFERENCE), TargetSelector.ALL, Optional.empty()));
    }

    private static List<Finding> registryFindings(ScanReport report) {
        return report.findings().stream().filter(f -> f.location().kind() == LocationKind.REGISTRY).toList();
    }

    @Test
    void shouldAddOneCriticalRegistryFindingWhenImageWithSecretsIsAnonymouslyPullable() throws IOException {
        ScanReport report = scan(withSecret(), Optional.of(AnonymousPull.TRUE));

        List<Finding> registry = registryFindings(report);
        assertThat(registry).hasSize(1);
        Finding f = registry.get(0);
        assertThat(f.ruleId()).isEqualTo("registry-anonymous-pull");
        assertThat(f.title()).isEqualTo("Image with secrets is anonymously pullable");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.target()).isZero();
        assertThat(f.location().key()).hasValue(REPOSITORY);
        assertThat(f.redacted()).isEqualTo(REPOSITORY);
        assertThat(f.secretFingerprint()).isEqualTo(KEY.fingerprint(SecretDigest.of("registry:" + REPOSITORY)));
        assertThat(report.findings()).hasSize(2);
        assertThat(report.targets().get(0).exposure()).hasValue(new RegistryExposure(AnonymousPull.TRUE));
    }

    @Test
    void shouldRecordExposureWithoutFindingWhenPullableImageIsClean() throws IOException {
        ScanReport report = scan(clean(), Optional.of(AnonymousPull.TRUE));

        assertThat(report.findings()).isEmpty();
        assertThat(report.targets().get(0).exposure()).hasValue(new RegistryExposure(AnonymousPull.TRUE));
    }

    @Test
    void shouldAddNoRegistryFindingWhenAnonymousPullIsRefusedOrUnknown() throws IOException {
        ScanReport refused = scan(withSecret(), Optional.of(AnonymousPull.FALSE));
        ScanReport unknown = scan(withSecret(), Optional.of(AnonymousPull.UNKNOWN));

        assertThat(registryFindings(refused)).isEmpty();
        assertThat(refused.findings()).hasSize(1);
        assertThat(refused.targets().get(0).exposure()).hasValue(new RegistryExposure(AnonymousPull.FALSE));
        assertThat(registryFindings(unknown)).isEmpty();
        assertThat(unknown.targets().get(0).exposure()).hasValue(new RegistryExposure(AnonymousPull.UNKNOWN));
    }

    @Test
    void shouldRecordNoExposureWhenSourceWasNotChecked() throws IOException {
        ScanReport report = scan(withSecret(), Optional.empty());

        assertThat(registryFindings(report)).isEmpty();
        assertThat(report.targets().get(0).exposure()).isEmpty();
    }

    @Test
    void shouldNameDockerHubRepositoryFullyWhenReferenceIsShort() {
        assertThat(ExposureFindings.repository("docker://alpine:3.20")).isEqualTo("docker.io/library/alpine");
        assertThat(ExposureFindings.repository(REFERENCE)).isEqualTo(REPOSITORY);
    }

    /** A source that answers the anonymous-pull question as told. */
    private record Answering(ImageSource delegate, Optional<AnonymousPull> anonymousPull) implements ImageSource {
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
        public InputStream openAttestation(Attestation attestation) throws IOException {
            return delegate.openAttestation(attestation);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
