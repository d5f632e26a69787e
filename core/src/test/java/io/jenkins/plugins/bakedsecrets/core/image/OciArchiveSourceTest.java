package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciArchiveSourceTest {
    @TempDir
    Path tmp;

    private static ImageBuilder app(int layers) {
        ImageBuilder image = TestImages.image().env("MODE=test");
        for (int i = 0; i < layers; i++) {
            int n = i;
            image.layer(n % 2 == 0 ? Compression.GZIP : Compression.ZSTD,
                    l -> l.file("/data/" + n + ".txt", ("layer " + n + "\n").repeat(5000)));
        }
        return image;
    }

    private static ImageSource open(String reference) throws IOException {
        return ImageSources.open(ImageReference.parse(reference), TargetSelector.ALL);
    }

    @Test
    void shouldReadNamedImageWhenArchiveHoldsLayout() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(2), "v1").add(app(1), "v2");
        Path tar = layout.writeArchive(tmp.resolve("a.tar"));

        try (ImageSource source = open("oci-archive:" + tar + ":v1")) {
            assertThat(source.targets()).singleElement().satisfies(t -> {
                assertThat(t.manifestDigest()).contains(layout.images().get(0).manifestDigest());
                assertThat(t.config().env()).containsExactly("MODE=test");
            });
            List<RecordingVisitor> walked = RecordingVisitor.walkAll(source, 0);
            assertThat(walked.get(1).files.get("/data/1.txt")).startsWith("layer 1\n").hasSize(8 * 5000);
        }
        try (ImageSource all = open("oci-archive:" + tar)) {
            assertThat(all.targets()).hasSize(2);
        }
    }

    @Test
    void shouldServeLayersConcurrentlyWhenThreadsShareTheSource() throws Exception {
        Path tar = TestImages.layout().add(app(6), null).writeArchive(tmp.resolve("a.tar"));

        try (ImageSource source = open("oci-archive:" + tar)) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (LayerRef layer : source.targets().get(0).layers()) {
                    results.add(pool.submit(() -> {
                        RecordingVisitor v = new RecordingVisitor();
                        try (InputStream in = source.openLayer(layer)) {
                            new LayerWalker(WalkLimits.DEFAULT).walk(in, v);
                        }
                        return v.files.get("/data/" + layer.index() + ".txt");
                    }));
                }
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i).get()).isEqualTo(("layer " + i + "\n").repeat(5000));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void shouldFailNamingDigestWhenLayerConfigOrManifestByteIsFlipped() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(1), null);
        BuiltImage built = layout.images().get(0);
        Path tar = layout.writeArchive(tmp.resolve("a.tar"));
        String layer = built.layerDigests().get(0);

        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(layer), 30);
        try (ImageSource source = open("oci-archive:" + tar)) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isInstanceOf(DigestMismatchException.class).hasMessageContaining("layer 0 (" + layer + ")");
        }
        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(built.configDigest()), 2);
        assertThatThrownBy(() -> open("oci-archive:" + tar)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("config " + built.configDigest());
        TestImages.flipByteInTarEntry(tar, TestImages.blobPath(built.manifestDigest()), 2);
        assertThatThrownBy(() -> open("oci-archive:" + tar)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("manifest " + built.manifestDigest());
    }

    @Test
    void shouldRejectWhenArchiveIsMissingOrNotATar() throws IOException {
        assertThatThrownBy(() -> open("oci-archive:" + tmp.resolve("none.tar")))
                .isInstanceOf(NoSuchFileException.class);
        Path junk = Files.write(tmp.resolve("junk.tar"), "this is not a tar archive at all".repeat(40).getBytes());
        assertThatThrownBy(() -> open("oci-archive:" + junk)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining(junk.toString());
    }

    @Test
    void shouldRefuseWhenTransportIsNotImplementedYet() {
        assertThatThrownBy(() -> open("docker://registry.example/app:1"))
                .isInstanceOf(io.jenkins.plugins.bakedsecrets.core.finding.ScanException.class)
                .hasMessageContaining("not supported yet");
        assertThatThrownBy(() -> open("docker-daemon:app:1"))
                .hasMessageContaining("not supported yet");
    }
}
