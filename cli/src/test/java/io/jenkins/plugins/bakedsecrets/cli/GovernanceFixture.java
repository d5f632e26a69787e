package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Builds real images, scans them through the CLI into JSON reports under one fingerprint key, runs commands
 * in-process, and remembers every planted secret and everything printed, so tests can check no secret leaked.
 */
final class GovernanceFixture {
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Random RANDOM = new SecureRandom();

    final Path dir;
    final Path keyFile;
    private final List<String> secrets = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();

    GovernanceFixture(Path dir) throws IOException {
        this.dir = dir;
        this.keyFile = dir.resolve("fingerprint.key");
        Files.writeString(keyFile, random(URLSAFE, 40) + "\n");
    }

    /** Output of one command run. */
    record Run(int exit, String out, String err) {
    }

    /** A fresh AWS access key id in the real format, remembered as planted. */
    String awsKey() {
        return plant("AKIA" + random(BASE32, 16));
    }

    /** A fresh JSON Web Token (a medium finding), remembered as planted. */
    String jwt() {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = enc.encodeToString(("{\"sub\":\"" + random(URLSAFE, 12) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return plant(header + "." + payload + "." + random(URLSAFE, 43));
    }

    private String plant(String secret) {
        secrets.add(secret);
        return secret;
    }

    /** An image with one layer holding the given files (path, content, path, content, ...). */
    static ImageBuilder image(String... pathsAndContents) {
        return TestImages.image().layer(l -> {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                l.file(pathsAndContents[i], pathsAndContents[i + 1]);
            }
        });
    }

    /** Writes the image as a docker-archive and scans it into {@code name.json}; returns what was built. */
    BuiltImage scan(String name, ImageBuilder image) throws IOException {
        Path tar = dir.resolve(name + ".tar");
        BuiltImage built = TestImages.dockerArchive().add(image, name + ":1").writeClassic(tar).get(0);
        Run r = run("scan", "--format", "json", "--fail-on", "none", "--fingerprint-key-file", keyFile.toString(),
                "--output", report(name).toString(), "docker-archive:" + tar);
        assertThat(r.exit()).as(r.err()).isZero();
        return built;
    }

    /** The path of the JSON report {@link #scan} wrote for {@code name}. */
    Path report(String name) {
        return dir.resolve(name + ".json");
    }

    /** The parsed report of {@code name}. */
    ScanReport read(String name) {
        return new JsonReportReader().read(report(name));
    }

    /** Writes a text file in the fixture directory. */
    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Runs the CLI in-process and records what it printed. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        printed.add(out.toString());
        printed.add(err.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    /** An approvals file in which {@code approver} approves the first image of report {@code name}. */
    String approval(String approver, String name) {
        ScanReport report = read(name);
        TargetInfo t = report.targets().get(0);
        String seen = report.findings().stream().map(f -> "      - " + f.findingId())
                .collect(Collectors.joining("\n"));
        return "schemaVersion: 1\napprovals:\n  - approver: " + approver + "\n    time: 2025-06-01T12:00:00Z\n"
                + "    decision: approve\n    justification: reviewed\n    image:\n      imageId: "
                + t.imageId().orElseThrow() + "\n      diffIds:\n"
                + t.diffIds().stream().map(d -> "        - " + d).collect(Collectors.joining("\n"))
                + "\n    seenFindingIds:\n" + (seen.isEmpty() ? "      []" : seen) + "\n";
    }

    /** Asserts that no planted secret appears in anything printed or in any file of the fixture directory. */
    void assertNoSecretLeaked() throws IOException {
        List<String> texts = new ArrayList<>(printed);
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tar")).toList()) {
                texts.add(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        for (String secret : secrets) {
            // A boolean, so that a failure message never quotes the secret or the text holding it.
            boolean leaked = texts.stream().anyMatch(t -> t.contains(secret));
            assertThat(leaked).as("a planted secret appeared in output or a written file").isFalse();
        }
    }

    private static String random(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
