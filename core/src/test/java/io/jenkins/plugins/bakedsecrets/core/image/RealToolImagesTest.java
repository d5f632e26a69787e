package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads images written by umoci and skopeo, so that the sources are checked against real tools, not only ours. */
class RealToolImagesTest {
    @TempDir
    static Path tmp;

    private static Path layout;

    @BeforeAll
    static void buildImageWithRealTools() throws Exception {
        assumeTrue(onPath("umoci") && onPath("skopeo"), "umoci and skopeo are needed");
        layout = tmp.resolve("L");
        run("umoci", "init", "--layout", layout.toString());
        run("umoci", "new", "--image", layout + ":t");
        Path bundle = tmp.resolve("b1");
        run(umoci("unpack", "--image", layout + ":t", bundle.toString()));
        Path etc = Files.createDirectories(bundle.resolve("rootfs/etc"));
        Files.writeString(etc.resolve("app.conf"), "k=v\n");
        Files.write(bundle.resolve("rootfs/app.jar"), TestImages.zip().entry("conf/x.properties", "p=1").bytes());
        run(umoci("repack", "--image", layout + ":t", bundle.toString()));
        run("umoci", "config", "--image", layout + ":t", "--config.env", "MODE=prod", "--config.label", "team=core");
        Path second = tmp.resolve("b2");
        run(umoci("unpack", "--image", layout + ":t", second.toString()));
        Files.delete(second.resolve("rootfs/etc/app.conf"));
        run(umoci("repack", "--image", layout + ":t", second.toString()));
        run("skopeo", "copy", "oci:" + layout + ":t", "docker-archive:" + tmp.resolve("d.tar") + ":app:1");
        run("skopeo", "copy", "oci:" + layout + ":t", "oci-archive:" + tmp.resolve("o.tar") + ":v1");
    }

    @Test
    void shouldReadUmociLayout() throws IOException {
        assertImage("oci:" + layout + ":t", true);
    }

    @Test
    void shouldReadSkopeoOciArchive() throws IOException {
        assertImage("oci-archive:" + tmp.resolve("o.tar") + ":v1", true);
    }

    @Test
    void shouldReadSkopeoDockerArchiveWhenLayersAreSymlinked() throws IOException {
        assertImage("docker-archive:" + tmp.resolve("d.tar") + ":app:1", false);
    }

    private static void assertImage(String reference, boolean hasManifest) throws IOException {
        try (ImageSource source = ImageSources.open(ImageReference.parse(reference), TargetSelector.ALL)) {
            assertThat(source.targets()).hasSize(1);
            ImageTarget target = source.targets().get(0);
            assertThat(target.manifestDigest().isPresent()).isEqualTo(hasManifest);
            assertThat(target.config().env()).contains("MODE=prod");
            assertThat(target.config().labels()).containsEntry("team", "core");
            List<RecordingVisitor> layers = RecordingVisitor.walkAll(source, 0);
            assertThat(layers).hasSize(2);
            assertThat(layers.get(0).files).containsEntry("/etc/app.conf", "k=v\n")
                    .containsEntry("/app.jar!/conf/x.properties", "p=1");
            assertThat(layers.get(1).events).contains("whiteout /etc/app.conf");
        }
    }

    private static String[] umoci(String... args) {
        List<String> command = new ArrayList<>(List.of("umoci"));
        command.addAll(List.of(args));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add(2, "--rootless");
        }
        return command.toArray(String[]::new);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws Exception {
        Path log = tmp.resolve("tool.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish");
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + Files.readString(log)).isZero();
    }
}
