package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.DockerArchiveBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerArchiveSourceTest {
    @TempDir
    Path tmp;

    private static ImageBuilder image(String marker) {
        return TestImages.image().env("IMAGE=" + marker)
                .layer(Compression.GZIP, l -> l.file("/etc/" + marker, marker))
                .layer(l -> l.opaque("/etc").file("/etc/after", "x"));
    }

    private static DockerArchiveBuilder twoImages() {
        return TestImages.dockerArchive().add(image("one"), "app:1").add(image("two"), "docker.io/library/app:2");
    }

    private static ImageSource open(String reference) throws IOException {
        return ImageSources.open(ImageReference.parse(reference), TargetSelector.ALL);
    }

    @Test
    void shouldReadEveryImageWhenClassicArchiveHasNoSelection() throws IOException {
        Path tar = tmp.resolve("d.tar");
        List<BuiltImage> built = twoImages().writeClassic(tar);

        try (ImageSource source = open("docker-archive:" + tar)) {
            assertThat(source.targets()).hasSize(2);
            ImageTarget first = source.targets().get(0);
            assertThat(first.manifestDigest()).isEmpty();
            assertThat(first.configDigest()).isEqualTo(built.get(0).configDigest());
            assertThat(first.layers()).extracting(l -> l.descriptor().mediaType())
                    .containsOnly("application/vnd.docker.image.rootfs.diff.tar");
            assertThat(first.layers()).extracting(l -> l.descriptor().digest())
                    .containsExactlyElementsOf(built.get(0).diffIds());
            List<RecordingVisitor> walked = RecordingVisitor.walkAll(source, 0);
            assertThat(walked.get(0).files).containsEntry("/etc/one", "one");
            assertThat(walked.get(1).events).containsExactly("opaque /etc", "file /etc/after");
        }
    }

    @Test
    void shouldSelectByRepoTagOrIndexWhenClassicArchiveHasSeveralImages() throws IOException {
        Path tar = tmp.resolve("d.tar");
        twoImages().writeClassic(tar);

        try (ImageSource byTag = open("docker-archive:" + tar + ":app:2")) {
            assertThat(byTag.targets()).singleElement()
                    .satisfies(t -> assertThat(t.config().env()).containsExactly("IMAGE=two"));
        }
        try (ImageSource byFullTag = open("docker-archive:" + tar + ":docker.io/library/app:1")) {
            assertThat(byFullTag.targets()).singleElement()
                    .satisfies(t -> assertThat(t.config().env()).containsExactly("IMAGE=one"));
        }
        try (ImageSource byIndex = open("docker-archive:" + tar + ":@1")) {
            assertThat(byIndex.targets()).singleElement()
                    .satisfies(t -> assertThat(t.config().env()).containsExactly("IMAGE=two"));
        }
        assertThatThrownBy(() -> open("docker-archive:" + tar + ":app:3")).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("no image tagged 'app:3'");
        assertThatThrownBy(() -> open("docker-archive:" + tar + ":@2")).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("no image @2");
    }

    @Test
    void shouldVerifyUncompressedDigestWhenClassicLayerTarIsGzipped() throws IOException {
        Path tar = tmp.resolve("d.tar");
        List<BuiltImage> built = twoImages().gzipClassicLayers().writeClassic(tar);

        try (ImageSource source = open("docker-archive:" + tar + ":app:1")) {
            assertThat(RecordingVisitor.walkAll(source, 0).get(0).files).containsEntry("/etc/one", "one");
        }
        String diffId = built.get(0).diffIds().get(0);
        TestImages.flipByteInTarEntry(tar, BuiltImage.hex(diffId) + "/layer.tar", 30);
        try (ImageSource source = open("docker-archive:" + tar + ":app:1")) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0)).isInstanceOf(ImageFormatException.class)
                    .hasMessageContaining("layer 0 (" + diffId + ")");
        }
    }

    @Test
    void shouldFailNamingDigestWhenClassicLayerOrConfigByteIsFlipped() throws IOException {
        Path tar = tmp.resolve("d.tar");
        BuiltImage built = twoImages().writeClassic(tar).get(0);
        String diffId = built.diffIds().get(1);

        TestImages.flipByteInTarEntry(tar, BuiltImage.hex(diffId) + "/layer.tar", 600);
        try (ImageSource source = open("docker-archive:" + tar + ":app:1")) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isInstanceOf(DigestMismatchException.class).hasMessageContaining("layer 1 (" + diffId + ")");
        }
        String configName = BuiltImage.hex(built.configDigest()) + ".json";
        TestImages.flipByteInTarEntry(tar, configName, 2);
        assertThatThrownBy(() -> open("docker-archive:" + tar + ":app:1"))
                .isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("config " + configName + ": expected " + built.configDigest());
    }

    @Test
    void shouldUseEmbeddedLayoutWhenArchiveIsNewerForm() throws IOException {
        Path tar = tmp.resolve("d.tar");
        List<BuiltImage> built = twoImages().writeOciForm(tar);

        try (ImageSource source = open("docker-archive:" + tar + ":app:2")) {
            assertThat(source.targets()).singleElement().satisfies(t -> {
                assertThat(t.manifestDigest()).contains(built.get(1).manifestDigest());
                assertThat(t.configDigest()).isEqualTo(built.get(1).configDigest());
                assertThat(t.reference()).isEqualTo("docker-archive:" + tar + ":app:2");
            });
            assertThat(RecordingVisitor.walkAll(source, 0).get(0).files).containsEntry("/etc/two", "two");
        }
        try (ImageSource all = open("docker-archive:" + tar)) {
            assertThat(all.targets()).extracting(ImageTarget::manifestDigest).containsExactly(
                    Optional.of(built.get(0).manifestDigest()), Optional.of(built.get(1).manifestDigest()));
        }
    }

    @Test
    void shouldFailNamingDigestWhenNewerFormBlobByteIsFlipped() throws IOException {
        Path tar = tmp.resolve("d.tar");
        BuiltImage built = twoImages().writeOciForm(tar).get(0);
        String layer = built.layerDigests().get(0);

        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(layer), 25);
        try (ImageSource source = open("docker-archive:" + tar + ":@0")) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isInstanceOf(DigestMismatchException.class).hasMessageContaining("layer 0 (" + layer + ")");
        }
        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(built.configDigest()), 2);
        assertThatThrownBy(() -> open("docker-archive:" + tar)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("config " + built.configDigest());
        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(built.manifestDigest()), 2);
        assertThatThrownBy(() -> open("docker-archive:" + tar)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("manifest " + built.manifestDigest());
    }

    @Test
    void shouldRejectWhenManifestJsonIsMissingOrMalformed() throws IOException {
        Path layout = TestImages.layout().add(image("x"), null).writeArchive(tmp.resolve("oci.tar"));
        assertThatThrownBy(() -> open("docker-archive:" + layout)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("no manifest.json");
    }
}
