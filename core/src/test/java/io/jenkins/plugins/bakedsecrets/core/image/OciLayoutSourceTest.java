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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciLayoutSourceTest {
    @TempDir
    Path tmp;

    private static ImageBuilder app() {
        return TestImages.image()
                .env("PATH=/usr/bin").label("team", "core").entrypoint("/app").cmd("--serve")
                .history("FROM scratch", true)
                .history("COPY etc /etc", false)
                .history("ENV A=b", true)
                .history("RUN rm /etc/old", false)
                .layer(Compression.GZIP, l -> l.file("/etc/app.conf", "a=1").file("/etc/old", "x"))
                .layer(Compression.ZSTD, l -> l.whiteout("/etc/old"));
    }

    private ImageSource open(String reference) throws IOException {
        return ImageSources.open(ImageReference.parse(reference), TargetSelector.ALL);
    }

    @Test
    void shouldResolveConfigHistoryAndLayersWhenLayoutHasOneNamedImage() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(), "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        BuiltImage built = layout.images().get(0);

        try (ImageSource source = open("oci:" + dir + ":app")) {
            assertThat(source.targets()).hasSize(1);
            ImageTarget t = source.targets().get(0);
            assertThat(t.reference()).isEqualTo("oci:" + dir + ":app");
            assertThat(t.configDigest()).isEqualTo(built.configDigest());
            assertThat(t.manifestDigest()).contains(built.manifestDigest());
            assertThat(t.platform()).contains(Platform.parse("linux/amd64"));
            assertThat(t.config().env()).containsExactly("PATH=/usr/bin");
            assertThat(t.config().labels()).containsEntry("team", "core");
            assertThat(t.config().entrypoint()).containsExactly("/app");
            assertThat(t.config().cmd()).containsExactly("--serve");
            assertThat(t.layers()).extracting(LayerRef::historyIndex)
                    .containsExactly(OptionalInt.of(1), OptionalInt.of(3));
            assertThat(t.layers()).extracting(LayerRef::createdBy)
                    .containsExactly(Optional.of("COPY etc /etc"), Optional.of("RUN rm /etc/old"));
            assertThat(t.layers()).extracting(l -> l.descriptor().digest())
                    .containsExactlyElementsOf(built.layerDigests());
            assertThat(t.layers()).extracting(LayerRef::diffId).containsExactlyElementsOf(built.diffIds());

            List<RecordingVisitor> walked = RecordingVisitor.walkAll(source, 0);
            assertThat(walked.get(0).files).containsEntry("/etc/app.conf", "a=1").containsEntry("/etc/old", "x");
            assertThat(walked.get(1).events).containsExactly("whiteout /etc/old");
        }
    }

    @Test
    void shouldOpenAllImagesWhenNoRefIsGivenAndFailWhenRefIsUnknown() throws IOException {
        Path dir = TestImages.layout().add(app(), "a").add(app().env("B=c"), "b").writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir)) {
            assertThat(source.targets()).hasSize(2);
        }
        try (ImageSource source = open("oci:" + dir + ":b")) {
            assertThat(source.targets()).singleElement()
                    .satisfies(t -> assertThat(t.config().env()).containsExactly("PATH=/usr/bin", "B=c"));
        }
        assertThatThrownBy(() -> open("oci:" + dir + ":missing"))
                .isInstanceOf(ImageFormatException.class).hasMessageContaining("no image named 'missing'");
    }

    @Test
    void shouldListEveryPlatformOrOneWhenIndexIsMultiPlatform() throws IOException {
        Path dir = TestImages.layout().addIndex("multi", false,
                        app().platform("linux/amd64"), app().platform("linux/arm64/v8"))
                .writeDirectory(tmp.resolve("l"));

        try (ImageSource all = open("oci:" + dir + ":multi")) {
            assertThat(all.targets()).extracting(ImageTarget::reference).containsExactly(
                    "oci:" + dir + ":multi (linux/amd64)", "oci:" + dir + ":multi (linux/arm64/v8)");
        }
        try (ImageSource arm = ImageSources.open(ImageReference.parse("oci:" + dir + ":multi"),
                TargetSelector.of(Platform.parse("linux/arm64")))) {
            assertThat(arm.targets()).singleElement()
                    .satisfies(t -> assertThat(t.platform()).contains(Platform.parse("linux/arm64/v8")));
        }
    }

    /**
     * {@code index.json} is no blob, so its own annotations are read with the layout, not while the manifests are
     * walked; they lead to every image of the layout, farthest from the manifest, so they come last.
     */
    @Test
    void shouldListIndexJsonsOwnAnnotationsLastWhenTheLayoutAnnotatesItself() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().layoutAnnotation("org.example.layout", "layout")
                .indexAnnotation("org.example.index", "index")
                .addIndex("multi", false, app().platform("linux/amd64"))
                .entryAnnotation("org.example.entry", "entry");
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        Path archive = layout.writeArchive(tmp.resolve("l.tar"));

        for (String reference : List.of("oci:" + dir, "oci:" + dir + ":multi", "oci-archive:" + archive)) {
            try (ImageSource source = open(reference)) {
                assertThat(source.targets()).singleElement().extracting(ImageTarget::indexAnnotations)
                        .isEqualTo(List.of(Map.of("org.example.index", "index"),
                                Map.of("org.opencontainers.image.ref.name", "multi", "org.example.entry", "entry"),
                                Map.of("org.example.layout", "layout")));
            }
        }
    }

    @Test
    void shouldListIndexJsonsOwnAnnotationsWhenADockerArchiveEmbedsAnAnnotatedLayout() throws IOException {
        Path tar = tmp.resolve("d.tar");
        TestImages.dockerArchive().add(app(), "app:1").layoutAnnotation("org.example.layout", "layout")
                .writeOciForm(tar);

        try (ImageSource source = open("docker-archive:" + tar)) {
            assertThat(source.targets()).singleElement().extracting(ImageTarget::indexAnnotations)
                    .isEqualTo(List.of(Map.of("org.opencontainers.image.ref.name", "app:1"),
                            Map.of("org.example.layout", "layout")));
        }
    }

    @Test
    void shouldTurnAttestationManifestsIntoAttestationsWhenIndexHasThem() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().addIndex("multi", true,
                app().platform("linux/amd64"), app().platform("linux/arm64"));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir)) {
            assertThat(source.targets()).hasSize(2);
            assertThat(source.attestations()).hasSize(2);
            Attestation first = source.attestations().get(0);
            assertThat(first.subjectDigest()).contains(layout.images().get(0).manifestDigest());
            assertThat(first.predicateType()).contains("https://slsa.dev/provenance/v0.2");
            assertThat(first.layer().mediaType()).isEqualTo("application/vnd.in-toto+json");
            try (InputStream in = source.openAttestation(first)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("in-toto.io/Statement");
            }
        }
        try (ImageSource arm = ImageSources.open(ImageReference.parse("oci:" + dir),
                TargetSelector.of(Platform.parse("linux/arm64")))) {
            assertThat(arm.attestations()).singleElement().satisfies(a ->
                    assertThat(a.subjectDigest()).contains(layout.images().get(1).manifestDigest()));
        }
    }

    @Test
    void shouldFailNamingDigestWhenLayerByteIsFlipped() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(), "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        String layer = layout.images().get(0).layerDigests().get(0);
        TestImages.flipByte(dir.resolve(TestImages.blobPath(layer)), 40);

        try (ImageSource source = open("oci:" + dir)) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isInstanceOf(DigestMismatchException.class).hasMessageContaining("layer 0 (" + layer + ")");
        }
    }

    @Test
    void shouldFailNamingDigestWhenUncompressedLayerByteIsFlipped() throws IOException {
        OciLayoutBuilder layout = TestImages.layout()
                .add(TestImages.image().layer(l -> l.file("/a", "hello")), null);
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        String layer = layout.images().get(0).layerDigests().get(0);
        TestImages.flipByte(dir.resolve(TestImages.blobPath(layer)), 512 + 1);

        try (ImageSource source = open("oci:" + dir)) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessageContaining("layer 0 (" + layer + ")");
        }
    }

    @Test
    void shouldFailNamingDigestWhenConfigOrManifestByteIsFlipped() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(), "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        BuiltImage built = layout.images().get(0);
        Path config = dir.resolve(TestImages.blobPath(built.configDigest()));
        TestImages.flipByte(config, 3);

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("config " + built.configDigest());

        TestImages.flipByte(config, 3);
        TestImages.flipByte(dir.resolve(TestImages.blobPath(built.manifestDigest())), 5);
        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(DigestMismatchException.class)
                .hasMessageContaining("manifest " + built.manifestDigest());
    }

    @Test
    void shouldRejectWhenConfigIsMalformedJson() throws IOException {
        Path dir = TestImages.layout().add(TestImages.image().rawConfig("{\"config\": [1,"), null)
                .writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("config sha256:").hasMessageContaining("not valid JSON");
    }

    @Test
    void shouldNotQuoteConfigContentWhenConfigIsMalformed() throws IOException {
        String token = "ghp_" + java.util.UUID.randomUUID().toString().replace("-", "");
        Path dir = TestImages.layout().add(TestImages.image().rawConfig("{\"config\":{\"Env\":\"" + token
                + "\"}}"), "shape").add(TestImages.image().rawConfig("{\"config\": " + token + "}"), "syntax")
                .writeDirectory(tmp.resolve("l"));

        for (String ref : List.of("shape", "syntax")) {
            assertThatThrownBy(() -> open("oci:" + dir + ":" + ref)).isInstanceOf(ImageFormatException.class)
                    .hasMessageContaining("line 1").hasMessageNotContaining(token).hasNoCause();
        }
    }

    @Test
    void shouldRejectWhenConfigExceedsJsonSizeLimit() throws IOException {
        String padding = "x".repeat(Digests.MAX_JSON_BYTES);
        Path dir = TestImages.layout().add(TestImages.image().rawConfig("{\"os\":\"" + padding + "\"}"), null)
                .writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("config sha256:").hasMessageContaining("is larger than 4194304 bytes");
    }

    @Test
    void shouldRejectWhenLayerCountDiffersFromDiffIds() throws IOException {
        Path dir = TestImages.layout().add(TestImages.image().rawConfig(
                "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}").layer(l -> l.file("/a", "b")), null)
                .writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("lists 1 layers but its config has 0 diff_ids");
    }

    @Test
    void shouldRejectWhenIndexJsonIsMalformedOrLayoutMarkerMissing() throws IOException {
        Path dir = TestImages.layout().add(app(), "app").writeDirectory(tmp.resolve("l"));
        Files.writeString(dir.resolve("index.json"), "{\"manifests\": {");
        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("index.json is not valid JSON");

        Files.delete(dir.resolve("oci-layout"));
        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("no oci-layout file");
    }

    @Test
    void shouldRejectWhenDescriptorDigestTriesToLeaveLayout() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        layout.addRawManifest("{\"schemaVersion\":2,\"config\":{\"mediaType\":\"x\",\"digest\":"
                + "\"sha256:../../../../etc/passwd\",\"size\":1},\"layers\":[]}", null);
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("unsupported digest");
    }

    @Test
    void shouldRejectWhenBlobIsSymlinkOutsideLayout() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(app(), "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));
        Path config = dir.resolve(TestImages.blobPath(layout.images().get(0).configDigest()));
        Path outside = Files.write(tmp.resolve("outside.json"), Files.readAllBytes(config));
        Files.delete(config);
        Files.createSymbolicLink(config, outside);

        assertThatThrownBy(() -> open("oci:" + dir)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("leads outside the layout");
    }

    @Test
    void shouldFailWithImageFormatErrorNamingLayerWhenGzipIsCorrupt() throws IOException {
        assertCorruptLayerFails(Compression.GZIP);
    }

    @Test
    void shouldFailWithImageFormatErrorNamingLayerWhenZstdIsCorrupt() throws IOException {
        assertCorruptLayerFails(Compression.ZSTD);
    }

    private void assertCorruptLayerFails(Compression compression) throws IOException {
        byte[] random = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(random);
        byte[] tar = TestImages.layer().file("/data.bin", random).tar();
        byte[] blob = compression.compress(tar);
        for (int i = 20; i < 200; i++) {
            blob[i] = (byte) 0xff;
        }
        OciLayoutBuilder layout = TestImages.layout();
        String layer = singleLayerImage(layout, compression.ociMediaType(), blob, Digests.sha256(tar));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir)) {
            assertThatThrownBy(() -> RecordingVisitor.walkAll(source, 0))
                    .isExactlyInstanceOf(ImageFormatException.class)
                    .hasMessageContaining("layer 0 (" + layer + ") is not readable as compressed data");
        }
    }

    /** Adds an image whose one layer is exactly {@code blob}, labelled {@code mediaType}; returns its digest. */
    private static String singleLayerImage(OciLayoutBuilder layout, String mediaType, byte[] blob, String diffId) {
        String layerDigest = layout.addBlob(blob);
        String config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\"]}}";
        String configDigest = layout.addBlob(config.getBytes(StandardCharsets.UTF_8));
        layout.addRawManifest("{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1"
                + "+json\",\"digest\":\"" + configDigest + "\",\"size\":" + config.length() + "},\"layers\":[{"
                + "\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + layerDigest
                + "\",\"size\":" + blob.length + "}]}", null);
        return layerDigest;
    }

    @Test
    void shouldReadLayerByMagicWhenMediaTypeMislabelsCompression() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        byte[] tar = TestImages.layer().file("/etc/x", "y").tar();
        singleLayerImage(layout, Compression.ZSTD.ociMediaType(), Compression.GZIP.compress(tar), Digests.sha256(tar));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir)) {
            assertThat(RecordingVisitor.walkAll(source, 0).get(0).files).containsEntry("/etc/x", "y");
        }
    }

    @Test
    void shouldRejectUnknownLayerMediaTypeAndReportAbsentForeignLayer() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        String diffId = "sha256:" + "0".repeat(64);
        String config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\",\"" + diffId + "\"]}}";
        String configDigest = layout.addBlob(config.getBytes(StandardCharsets.UTF_8));
        String absent = "sha256:" + "1".repeat(64);
        layout.addRawManifest("{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1"
                + "+json\",\"digest\":\"" + configDigest + "\",\"size\":" + config.length() + "},\"layers\":["
                + "{\"mediaType\":\"application/x-custom\",\"digest\":\"" + absent + "\",\"size\":1},"
                + "{\"mediaType\":\"application/vnd.docker.image.rootfs.foreign.diff.tar.gzip\",\"digest\":\""
                + absent + "\",\"size\":1,\"urls\":[\"https://example.invalid/layer\"]}]}", null);
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir)) {
            List<LayerRef> layers = source.targets().get(0).layers();
            assertThatThrownBy(() -> source.openLayer(layers.get(0)))
                    .isInstanceOf(UnsupportedMediaTypeException.class).hasMessageContaining("application/x-custom");
            assertThat(layers.get(1).descriptor().urls()).containsExactly("https://example.invalid/layer");
            assertThatThrownBy(() -> source.openLayer(layers.get(1)))
                    .isInstanceOf(java.nio.file.NoSuchFileException.class);
        }
    }

    @Test
    void shouldReadDockerMediaTypesWhenManifestIsSchema2() throws IOException {
        OciLayoutBuilder layout = TestImages.layout().add(TestImages.image().dockerMediaTypes()
                .layer(Compression.GZIP, l -> l.file("/d", "docker")).layer(l -> l.file("/e", "plain")), "d");
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir + ":d")) {
            assertThat(source.targets().get(0).layers()).extracting(l -> l.descriptor().mediaType())
                    .containsExactly("application/vnd.docker.image.rootfs.diff.tar.gzip",
                            "application/vnd.docker.image.rootfs.diff.tar");
            List<RecordingVisitor> walked = RecordingVisitor.walkAll(source, 0);
            assertThat(walked.get(0).files).containsEntry("/d", "docker");
            assertThat(walked.get(1).files).containsEntry("/e", "plain");
        }
    }

    @Test
    void shouldSelectRootBySelectorNameWhenReferenceHasNone() throws IOException {
        Path dir = TestImages.layout().add(app(), "a").add(app().env("B=c"), "b").writeDirectory(tmp.resolve("l"));

        try (ImageSource source = ImageSources.open(ImageReference.parse("oci:" + dir),
                new TargetSelector(Optional.empty(), Optional.of("b")))) {
            assertThat(source.targets()).singleElement()
                    .satisfies(t -> assertThat(t.config().env()).contains("B=c"));
        }
    }
}
