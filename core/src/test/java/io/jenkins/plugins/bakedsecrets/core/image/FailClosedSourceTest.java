package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TarWriter;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source never passes for a clean image when it holds nothing the scanner read: no image for the platform asked,
 * no image at all, or content whose kind or size the scanner cannot trust.
 */
class FailClosedSourceTest {
    private static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    private static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";

    @TempDir
    Path tmp;

    private static ImageBuilder image(String platform) {
        return TestImages.image().platform(platform).layer(l -> l.file("etc/" + platform.replace('/', '-'), "x"));
    }

    private static ImageSource open(String reference, TargetSelector selector) throws IOException {
        return ImageSources.open(ImageReference.parse(reference), selector);
    }

    private static TargetSelector platform(String platform) {
        return TargetSelector.of(Platform.parse(platform));
    }

    @Test
    void shouldListThePlatformsOfAnIndexWhenNoneMatches() throws IOException {
        Path dir = TestImages.layout().addIndex("multi", false, image("linux/amd64"), image("linux/arm64/v8"))
                .writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":multi", platform("linux/amd46")))
                .isInstanceOf(ImageFormatException.class)
                .hasMessage("oci:" + dir + ":multi has no image for platform linux/amd46 (it has linux/amd64,"
                        + " linux/arm64/v8)");
    }

    @Test
    void shouldNameThePlatformOfASingleImageWhenItDoesNotMatch() throws IOException {
        Path dir = TestImages.layout().add(image("linux/amd64"), "app").writeDirectory(tmp.resolve("l"));
        Path archive = tmp.resolve("app.tar");
        TestImages.dockerArchive().add(image("linux/amd64"), "app:1").writeClassic(archive);

        assertThatThrownBy(() -> open("oci:" + dir + ":app", platform("linux/arm64")))
                .isInstanceOf(ImageFormatException.class)
                .hasMessage("oci:" + dir + ":app has no image for platform linux/arm64 (it has linux/amd64)");
        assertThatThrownBy(() -> open("docker-archive:" + archive, platform("linux/arm64")))
                .isInstanceOf(ImageFormatException.class)
                .hasMessage("docker-archive:" + archive + " has no image for platform linux/arm64 (it has linux/amd64)");
    }

    @Test
    void shouldRefuseADockerArchiveThatListsNoImage() throws IOException {
        Path archive = tmp.resolve("empty.tar");
        TarWriter.write(archive, Map.of("manifest.json", "[]".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> open("docker-archive:" + archive, TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessage(archive + " manifest.json lists no image");
    }

    @Test
    void shouldRefuseAnOciLayoutWhoseIndexListsNoImage() throws IOException {
        Path dir = TestImages.layout().writeDirectory(tmp.resolve("l"));

        assertThat(Files.readString(dir.resolve("index.json"))).contains("\"manifests\":[]");
        assertThatThrownBy(() -> open("oci:" + dir, TargetSelector.ALL)).isInstanceOf(ImageFormatException.class)
                .hasMessage(dir.toRealPath() + " index.json lists no image");
    }

    @Test
    void shouldRefuseAnIndexThatListsNoImage() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        layout.addRawRoot("application/vnd.oci.image.index.v1+json", ("{\"schemaVersion\":2,\"mediaType\":"
                + "\"application/vnd.oci.image.index.v1+json\",\"manifests\":[]}").getBytes(StandardCharsets.UTF_8),
                "empty");
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":empty", TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessage("oci:" + dir + ":empty holds no image: its index lists no image manifest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "null"})
    void shouldRefuseADescriptorWithoutAUsableSize(String size) throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        String layer = layout.addBlob(TestImages.layer().file("etc/x", "x").tar());
        Map<String, Object> descriptor = OciLayoutBuilder.descriptor(OCI_LAYER, layer, -1);
        descriptor.put("size", "null".equals(size) ? null : -1);
        layout.addManifest("app", OCI_CONFIG, List.of(layer), List.of(descriptor));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":app", TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessageEndingWith(" has a descriptor of " + layer + " with "
                        + ("null".equals(size) ? "no size" : "a negative size"));
    }

    @Test
    void shouldRefuseAManifestWhoseMediaTypeIsNotAnImage() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        String layer = layout.addBlob(TestImages.layer().file("etc/x", "x").tar());
        String manifest = "{\"schemaVersion\":2,\"config\":" + configWith(layout, OCI_CONFIG, layer) + ",\"layers\":[]}";
        layout.addRawRoot("application/vnd.example.report+json", manifest.getBytes(StandardCharsets.UTF_8), "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":app", TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessageEndingWith(" has media type 'application/vnd.example.report+json', which is not an image"
                        + " manifest or index");
    }

    @Test
    void shouldRefuseAManifestWhoseContentSaysItIsAnIndex() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        layout.addRawManifest("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"manifests\":[]}", "app");
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":app", TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessageEndingWith(" does not hold the manifest its media type"
                        + " application/vnd.oci.image.manifest.v1+json announces");
    }

    @Test
    void shouldRefuseARootManifestWhoseConfigIsNotAnImageConfig() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        byte[] tar = TestImages.layer().file("etc/x", "x").tar();
        String layer = layout.addBlob(tar);
        layout.addManifest("chart", "application/vnd.cncf.helm.config.v1+json", List.of(layer),
                List.of(OciLayoutBuilder.descriptor(OCI_LAYER, layer, tar.length)));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        assertThatThrownBy(() -> open("oci:" + dir + ":chart", TargetSelector.ALL))
                .isInstanceOf(ImageFormatException.class)
                .hasMessageEndingWith(" is not an image: its config has media type"
                        + " 'application/vnd.cncf.helm.config.v1+json'");
    }

    @Test
    void shouldLeaveAnArtifactBesideTheImagesOfAnIndexAlone() throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        String sbom = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":"
                + configWith(layout, "application/vnd.oci.empty.v1+json", "") + ",\"layers\":[]}";
        layout.addIndexWithArtifact("multi", sbom.getBytes(StandardCharsets.UTF_8), image("linux/amd64"));
        Path dir = layout.writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir + ":multi", TargetSelector.ALL)) {
            assertThat(source.targets()).extracting(t -> t.platform().orElseThrow().toString())
                    .containsExactly("linux/amd64");
        }
    }

    @Test
    void shouldRefuseALayerWithBytesAfterItsGzipStream() throws IOException {
        byte[] tar = TestImages.layer().file("etc/app.conf", "a=1").tar();
        byte[] gzip = Compression.GZIP.compress(tar);
        byte[] blob = Arrays.copyOf(gzip, gzip.length + 12);
        System.arraycopy("hidden bytes".getBytes(StandardCharsets.UTF_8), 0, blob, gzip.length, 12);
        Path dir = singleLayer(blob, tar, "application/vnd.oci.image.layer.v1.tar+gzip");

        try (ImageSource source = open("oci:" + dir + ":app", TargetSelector.ALL)) {
            LayerRef layer = source.targets().get(0).layers().get(0);
            assertThatThrownBy(() -> {
                try (InputStream in = source.openLayer(layer)) {
                    new LayerWalker(WalkLimits.DEFAULT).walk(in, new RecordingVisitor());
                }
            }).isInstanceOf(ImageFormatException.class)
                    .hasMessage("layer 0 (" + layer.descriptor().digest() + ") has 12 bytes after the end of its gzip"
                            + " stream");
        }
    }

    @Test
    void shouldReadEveryMemberWhenGzipStreamsAreConcatenated() throws IOException {
        byte[] tar = TestImages.layer().file("etc/app.conf", "a=1").file("etc/b.conf", "b=2").tar();
        byte[] first = Compression.GZIP.compress(Arrays.copyOfRange(tar, 0, 1000));
        byte[] second = Compression.GZIP.compress(Arrays.copyOfRange(tar, 1000, tar.length));
        byte[] blob = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, blob, first.length, second.length);
        Path dir = singleLayer(blob, tar, "application/vnd.oci.image.layer.v1.tar+gzip");

        try (ImageSource source = open("oci:" + dir + ":app", TargetSelector.ALL)) {
            assertThat(RecordingVisitor.walkAll(source, 0).get(0).files).containsEntry("/etc/app.conf", "a=1")
                    .containsEntry("/etc/b.conf", "b=2");
        }
    }

    private Path singleLayer(byte[] blob, byte[] tar, String mediaType) throws IOException {
        OciLayoutBuilder layout = TestImages.layout();
        String digest = layout.addBlob(blob);
        layout.addManifest("app", OCI_CONFIG, List.of(layout.addBlob(tar)),
                List.of(OciLayoutBuilder.descriptor(mediaType, digest, blob.length)));
        return layout.writeDirectory(tmp.resolve("l"));
    }

    /** Stores a config listing {@code diffId} (none when empty) and returns its descriptor as JSON. */
    private static String configWith(OciLayoutBuilder layout, String mediaType, String diffId) {
        String config = "{\"os\":\"linux\",\"architecture\":\"amd64\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
                + (diffId.isEmpty() ? "" : "\"" + diffId + "\"") + "]}}";
        byte[] bytes = config.getBytes(StandardCharsets.UTF_8);
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + layout.addBlob(bytes) + "\",\"size\":"
                + bytes.length + "}";
    }

    @Test
    void shouldScanEveryImageOfTheRequestedPlatform() throws IOException {
        Path dir = TestImages.layout().addIndex("multi", false, image("linux/amd64"), image("linux/arm64"))
                .writeDirectory(tmp.resolve("l"));

        try (ImageSource source = open("oci:" + dir + ":multi", platform("linux/arm64"))) {
            assertThat(source.targets()).hasSize(1);
            assertThat(List.copyOf(RecordingVisitor.walkAll(source, 0).get(0).files.keySet()))
                    .containsExactly("/etc/linux-arm64");
        }
    }
}
