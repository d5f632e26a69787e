package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where reports go: a full disk or a closed pipe on standard output is an error (exit 2, one line), {@code -o} writes
 * into devices, FIFOs and {@code /proc/self/fd} links in place instead of replacing them, and no output may replace
 * an input of the same run.
 */
class OutputStreamsIT {
    @TempDir
    Path dir;

    private Path archive;

    @BeforeEach
    void image() throws IOException {
        archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(TestImages.image().layer(l -> l.file("etc/motd", "hello\n")), "app:1")
                .writeClassic(archive);
    }

    private Process start(ProcessBuilder.Redirect stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-jar", JarRunner.jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(stdout)
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("BAKED_SECRETS_FINGERPRINT_KEY", "output-streams-test-key");
        return pb.start();
    }

    private static int finish(Process p) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return p.exitValue();
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    @Test
    void shouldExitTwoWithOneLineWhenStandardOutputIsFull() throws Exception {
        JarRunner.inProcess("scan", "docker-archive:" + archive, "--format", "json", "-o",
                dir.resolve("report.json").toString());
        for (String[] args : List.of(new String[] {"scan", "docker-archive:" + archive},
                new String[] {"gate", "--report", "report.json"}, new String[] {"exposure", "report.json"},
                new String[] {"diff", "--report", "report.json", "--reference", "report.json"},
                new String[] {"--help"})) {
            int exit = finish(start(ProcessBuilder.Redirect.to(new File("/dev/full")), args));

            assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(stderr().lines()).as(String.join(" ", args)).singleElement().asString()
                    .contains("cannot write to standard output").contains("No space left on device");
        }
    }

    @Test
    void shouldExitTwoWithOneLineWhenStandardOutputIsAClosedPipe() throws Exception {
        Process p = start(ProcessBuilder.Redirect.PIPE, "scan", "docker-archive:" + archive, "--format", "json");
        // The only reading end is closed before the JVM has started: every write the command makes fails.
        p.getInputStream().close();

        assertThat(finish(p)).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().contains("cannot write to standard output")
                .contains("Broken pipe");
    }

    @Test
    void shouldWriteIntoALinkToStandardOutputInPlace() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("stdout-link"), Path.of("/proc/self/fd/1"));
        Path captured = dir.resolve("captured.json");

        int exit = finish(start(ProcessBuilder.Redirect.to(captured.toFile()), "scan", "docker-archive:" + archive,
                "--format", "json", "-o", link.toString()));

        assertThat(exit).as(stderr()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readString(captured)).startsWith("{").contains("\"findings\"");
    }

    @Test
    void shouldWriteIntoAFifoInPlace() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        int exit = finish(start(ProcessBuilder.Redirect.DISCARD, "scan", "docker-archive:" + archive, "--format",
                "json", "-o", fifo.toString()));

        assertThat(exit).as(stderr()).isZero();
        assertThat(Files.isRegularFile(fifo)).as("the FIFO was replaced by a file").isFalse();
        assertThat(new String(reader.get(1, TimeUnit.MINUTES), StandardCharsets.UTF_8)).contains("\"findings\"");
    }

    @Test
    void shouldKeepASymbolicLinkAndReplaceItsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("latest.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), target);

        JarRunner.Result r = JarRunner.run(dir, "scan", "docker-archive:" + archive, "--format", "json", "-o",
                link.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"findings\"");
    }

    @Test
    void shouldRefuseToWriteOutputOverAnInputOfTheSameRun() throws Exception {
        byte[] before = Files.readAllBytes(archive);
        Path layout = TestImages.layout().add(TestImages.image().layer(l -> l.file("a", "a\n")), "app")
                .writeDirectory(dir.resolve("layout"));
        String report = dir.resolve("report.json").toString();
        String evidence = dir.resolve("evidence").toString();
        JarRunner.inProcess("scan", "docker-archive:" + archive, "--format", "json", "-o", report);
        Files.createDirectories(dir.resolve("evidence"));
        Path statement = Files.copy(dir.resolve("report.json"), dir.resolve("evidence/scan-summary.statement.json"));

        for (String[] args : List.of(new String[] {"scan", "docker-archive:" + archive, "-o", archive.toString()},
                new String[] {"scan", "oci:" + layout, "-o", layout.resolve("index.json").toString()},
                new String[] {"scan", "docker-archive:" + archive, "--ci-env", report, "-o", report},
                new String[] {"gate", "--report", report, "-o", report},
                new String[] {"gate", "--report", report, "--html", report},
                new String[] {"provenance", "--report", statement.toString(), "--builder-id", "b", "--out-dir",
                    evidence})) {
            JarRunner.Result r = JarRunner.inProcess(args);

            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.stderr().lines()).as(String.join(" ", args)).singleElement().asString()
                    .contains("is an input of this run");
        }
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        assertThat(Files.readString(layout.resolve("index.json"))).contains("manifests");
    }
}
