package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layer cache options of scan, with the real jar: default place, same report, no secrets kept, off switch. */
class ScanCacheIT {
    @TempDir
    Path dir;

    private final String password = PlantedSecrets.password();
    private final String token = PlantedSecrets.githubToken();

    private Path image(String top) throws Exception {
        ImageBuilder image = TestImages.image()
                .layer(l -> l.file("app/.env", "DB_PASSWORD=" + password + "\n"))
                .layer(l -> l.file("etc/app.conf", "token = " + token + "\n"))
                .layer(l -> l.file("etc/motd", top + "\n").whiteout("app/.env"));
        Path archive = dir.resolve(top + ".tar");
        TestImages.dockerArchive().add(image, "app:1").writeClassic(archive);
        return archive;
    }

    private Path keyFile() throws Exception {
        return Files.writeString(dir.resolve("fingerprint.key"), "integration-test-fingerprint-key\n");
    }

    private JarRunner.Result scan(Path archive, String output, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("scan", "docker-archive:" + archive, "--format", "json",
                "-o", output, "--fingerprint-key-file", keyFile().toString()));
        args.addAll(List.of(extra));
        return JarRunner.run(dir, args.toArray(String[]::new));
    }

    @Test
    void shouldKeepTheCacheUnderXdgCacheHomeAndGiveTheSameReportFromIt() throws Exception {
        Path v1 = image("v1");
        JarRunner.Result full = scan(v1, "full.json", "--no-cache");
        JarRunner.Result first = scan(v1, "first.json");
        JarRunner.Result cached = scan(image("v2"), "cached.json");
        JarRunner.Result fullV2 = scan(dir.resolve("v2.tar"), "full-v2.json", "--no-cache");

        assertThat(List.of(full, first, cached, fullV2)).allSatisfy(r -> {
            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
            assertThat(r.stderr()).doesNotContain("warning: layer cache");
        });
        assertThat(findings("first.json")).isEqualTo(findings("full.json"));
        assertThat(findings("cached.json")).isEqualTo(findings("full-v2.json")).contains("\"deleted\":true");
        Path cache = dir.resolve(".cache-home/baked-secrets");
        assertThat(cache.resolve("key")).isRegularFile();
        try (Stream<Path> entries = Files.list(cache.resolve("entries"))) {
            assertThat(entries).hasSize(4);
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                LeakCheck.assertNoLeak(f.toString(), content, password);
                LeakCheck.assertNoLeak(f.toString(), content, token);
            }
        }
    }

    @Test
    void shouldUseTheGivenDirectoryOrNone() throws Exception {
        Path v1 = image("v1");

        JarRunner.Result given = scan(v1, "given.json", "--cache-dir", dir.resolve("mine").toString());
        JarRunner.Result none = scan(v1, "none.json", "--no-cache");

        assertThat(given.exitCode()).as(given.stderr()).isEqualTo(1);
        assertThat(none.exitCode()).as(none.stderr()).isEqualTo(1);
        assertThat(dir.resolve("mine/entries")).isDirectory();
        assertThat(dir.resolve(".cache-home")).doesNotExist();
    }

    @Test
    void shouldWarnAndScanWhenTheCacheCannotBeUsed() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");

        Path v1 = image("v1");
        JarRunner.Result none = scan(v1, "none.json", "--no-cache");

        JarRunner.Result r = scan(v1, "report.json", "--cache-dir", notADirectory.resolve("c").toString());

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(none.exitCode()).isEqualTo(1);
        assertThat(r.stderr().lines().filter(l -> l.contains("cache"))).singleElement().asString()
                .startsWith("baked-secrets: warning: layer cache ").contains("not used");
        assertThat(findings("report.json")).isEqualTo(findings("none.json"));
    }

    @Test
    void shouldRefuseNoCacheTogetherWithACacheDirectory() throws Exception {
        JarRunner.Result r = scan(image("v1"), "report.json", "--no-cache", "--cache-dir", "x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).singleElement().asString().contains("--no-cache");
        assertThat(dir.resolve("report.json")).doesNotExist();
    }

    /** The report's findings, without what differs between runs (the scan time is not in reports). */
    private String findings(String report) throws Exception {
        String json = Files.readString(dir.resolve(report));
        return json.substring(json.indexOf("\"findings\""));
    }
}
