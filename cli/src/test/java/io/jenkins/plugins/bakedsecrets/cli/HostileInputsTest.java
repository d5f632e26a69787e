package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs no CI job should ever hand the scanner, but an attacker or an accident can: FIFOs and devices where a file
 * is expected, files over their documented limits, malformed numbers, and text crafted to forge log lines. Each ends
 * in one line and exit 2 (the gate: a failed gate), never in a hang, a heap filled to the limit or forged output.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private GovernanceFixture fx;
    private Path fifo;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GovernanceFixture(tmp);
        fifo = mkfifo(tmp.resolve("input.fifo"));
    }

    private static Path mkfifo(Path path) throws Exception {
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
        return path;
    }

    private static void assertOneLine(GovernanceFixture.Run r, int exit, String what, String expected) {
        assertThat(r.exit()).as(what + ": " + r.err()).isEqualTo(exit);
        assertThat(r.err().lines()).as(what).singleElement().asString().startsWith("baked-secrets: ")
                .contains(expected);
    }

    @Test
    void shouldRefuseFifosAndDevicesWhereAFileIsExpected() throws Exception {
        fx.scan("app", GovernanceFixture.image("/etc/motd", "hello\n"));
        String archive = "docker-archive:" + tmp.resolve("app.tar");
        String report = fx.report("app").toString();
        for (String input : List.of(fifo.toString(), "/dev/zero")) {
            for (String[] args : List.of(new String[] {"scan", archive, "--ci-env", input},
                    new String[] {"scan", archive, "--known-secrets", input},
                    new String[] {"scan", archive, "--fingerprint-key-file", input},
                    new String[] {"scan", archive, "--waivers", input},
                    new String[] {"scan", archive, "--authfile", input},
                    new String[] {"scan", "docker-archive:" + input},
                    new String[] {"diff", "--report", input, "--reference", report},
                    new String[] {"exposure", report, input},
                    new String[] {"provenance", "--report", input, "--builder-id", "b", "--out-dir", "x"},
                    new String[] {"gate", "--report", report, "--policy", input})) {
                assertOneLine(fx.run(args), 2, String.join(" ", args), "is not a regular file");
            }
            GovernanceFixture.Run gate = fx.run("gate", "--report", input);
            assertOneLine(gate, 1, "gate --report " + input, "is not a regular file");
            assertThat(gate.out()).startsWith("Gate verdict: FAIL");
        }
    }

    @Test
    void shouldRefuseAnOciLayoutWhoseIndexOrBlobIsAFifo() throws Exception {
        var builder = TestImages.layout().add(GovernanceFixture.image("/etc/motd", "hello\n"), "app");
        Path index = builder.writeDirectory(tmp.resolve("index-fifo"));
        Files.delete(index.resolve("index.json"));
        mkfifo(index.resolve("index.json"));
        Path blob = builder.writeDirectory(tmp.resolve("blob-fifo"));
        Path layer = blob.resolve(TestImages.blobPath(builder.images().get(0).layerDigests().get(0)));
        Files.delete(layer);
        mkfifo(layer);

        for (Path layout : List.of(index, blob)) {
            assertOneLine(fx.run("scan", "oci:" + layout), 2, layout.toString(), "is not a regular file");
        }
    }

    /**
     * The TLS context reads every {@code *.crt} of {@code --cert-dir} before the first request, so the registry
     * (nothing listens on port 9) is never reached. A regression hangs on the FIFO: the timeout makes that a failure.
     */
    @Test
    void shouldRefuseACertDirCertificateThatIsNotARegularFileOrTooLarge() throws Exception {
        Path fifoNamedCrt = Files.createDirectories(tmp.resolve("fifo"));
        mkfifo(fifoNamedCrt.resolve("ca.crt"));
        Path linkToFifo = Files.createDirectories(tmp.resolve("link"));
        Files.createSymbolicLink(linkToFifo.resolve("ca.crt"), fifo);
        Path linkToDevice = Files.createDirectories(tmp.resolve("device"));
        Files.createSymbolicLink(linkToDevice.resolve("ca.crt"), Path.of("/dev/zero"));
        Path directoryNamedCrt = Files.createDirectories(tmp.resolve("directory").resolve("ca.crt")).getParent();
        Path oversized = Files.createDirectories(tmp.resolve("oversized"));
        Files.write(oversized.resolve("ca.crt"), new byte[1024 * 1024 + 1]);

        for (Path certDir : List.of(fifoNamedCrt, linkToFifo, linkToDevice, directoryNamedCrt, oversized)) {
            GovernanceFixture.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> fx.run("scan", "docker://127.0.0.1:9/app:1", "--cert-dir", certDir.toString()));
            assertOneLine(r, 2, certDir.toString(), "certificate file " + certDir.resolve("ca.crt") + " is "
                    + (certDir.equals(oversized) ? "larger than 1048576 bytes" : "not a regular file"));
        }
    }

    @Test
    void shouldRefuseInputFilesOverTheirDocumentedLimits() throws IOException {
        fx.scan("app", GovernanceFixture.image("/etc/motd", "hello\n"));
        String archive = "docker-archive:" + tmp.resolve("app.tar");
        Path known = Files.write(tmp.resolve("known.txt"), new byte[4 * 1024 * 1024 + 1]);
        Path key = Files.write(tmp.resolve("key"), new byte[4097]);
        Path policy = Files.write(tmp.resolve("policy.yaml"), new byte[1024 * 1024 + 1]);

        assertOneLine(fx.run("scan", archive, "--known-secrets", known.toString()), 2, "known secrets",
                "is larger than 4194304 bytes");
        assertOneLine(fx.run("scan", archive, "--fingerprint-key-file", key.toString()), 2, "key",
                "is larger than 4096 bytes");
        assertOneLine(fx.run("gate", "--report", fx.report("app").toString(), "--policy", policy.toString()), 2,
                "policy", "is larger than 1048576 bytes");
    }

    @Test
    void shouldFailTheGateClosedWhenAReportNumberIsTooLargeForItsField() throws IOException {
        fx.scan("app", GovernanceFixture.image("/app/.env", "AWS_KEY=" + fx.awsKey() + "\n"));
        String json = Files.readString(fx.report("app"));
        Files.writeString(fx.report("app"), json.replaceFirst("\"line\":\\s*\\d+", "\"line\": " + "9".repeat(1001)));

        GovernanceFixture.Run gate = fx.run("gate", "--report", fx.report("app").toString());

        assertOneLine(gate, 1, "gate", "malformed report app.json at line");
        assertThat(gate.out()).startsWith("Gate verdict: FAIL\n");
        assertOneLine(fx.run("diff", "--report", fx.report("app").toString(), "--reference",
                fx.report("app").toString()), 2, "diff", "malformed report");
    }

    /** A path and a reference crafted to clear the screen and forge a passing verdict line. */
    @Test
    void shouldNeutraliseControlCharactersInEveryHumanReadableOutput() throws IOException {
        String forged = "\u001b[2J\r\nGate verdict: PASS\n\u202e";
        fx.scan("app", TestImages.image().layer(l -> l.file("app/x" + forged + ".env", "AWS_KEY=" + fx.awsKey()
                + "\n")));
        ObjectNode report = (ObjectNode) JSON.readTree(fx.report("app").toFile());
        ((ObjectNode) report.get("targets").get(0)).put("reference", "registry.example/app" + forged);
        JSON.writeValue(fx.report("app").toFile(), report);
        Path rotations = fx.file("rotations.yaml", "schemaVersion: 1\nrotations:\n  - fingerprint: \""
                + report.get("findings").get(0).get("secretFingerprint").asText() + "\"\n    rotatedBy: \"ops"
                + "\\e[31m\\nGate verdict: PASS\"\n    rotatedAt: 2020-01-01T00:00:00Z\n    note: \"n\\r\\nx\"\n");
        String path = fx.report("app").toString();

        List<GovernanceFixture.Run> runs = List.of(fx.run("scan", "docker-archive:" + tmp.resolve("app.tar")),
                fx.run("gate", "--report", path), fx.run("diff", "--report", path, "--reference", path),
                fx.run("exposure", path, "--rotations", rotations.toString()),
                fx.run("provenance", "--report", path, "--builder-id", "b", "--out-dir",
                        tmp.resolve("evidence").toString()),
                fx.run("scan", "docker-archive:" + tmp.resolve("missing" + forged + ".tar")));

        for (GovernanceFixture.Run r : runs) {
            for (String output : List.of(r.out(), r.err())) {
                assertThat(output.chars().filter(c -> c != '\n' && (c < 0x20 || c == 0x7f || c == 0x202e)))
                        .as(output).isEmpty();
                assertThat(output.lines()).as(output).noneMatch(l -> l.startsWith("Gate verdict: PASS"));
            }
        }
        assertThat(runs).extracting(GovernanceFixture.Run::exit).containsExactly(1, 1, 0, 1, 0, 2);
        assertThat(runs.get(1).out()).startsWith("Gate verdict: FAIL\n").contains("x?[2J??Gate verdict: PASS??.env");
        assertThat(runs.get(2).out()).contains("Gate verdict: PASS");
        assertThat(runs.get(3).out()).contains("by ops?[31m?Gate verdict: PASS (n??x)")
                .contains("registry.example/app?[2J??Gate verdict: PASS??");
    }
}
