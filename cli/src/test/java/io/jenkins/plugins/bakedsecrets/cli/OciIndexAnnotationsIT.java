package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.image.registry.Tools;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The own annotations of an OCI layout's {@code index.json} (beside {@code manifests}, not on an entry) ship with
 * the layout, and release scripts fill them from CI variables. The layout is written by umoci; umoci has no switch for
 * those annotations, so the test adds one to {@code index.json} as such a script would (the file is not
 * content-addressed, so every digest stays valid).
 */
class OciIndexAnnotationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANNOTATION = "org.example.release.aws-key-id";

    @TempDir
    Path dir;

    private final String awsKeyId = PlantedSecrets.awsAccessKeyId();

    private static boolean onPath(String tool) {
        for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(path, tool))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> umoci(String... args) {
        List<String> command = new ArrayList<>(List.of("umoci"));
        command.addAll(List.of(args));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add(2, "--rootless");
        }
        return command;
    }

    /** A one-layer image {@code app} in a layout that umoci initialised, created and repacked. */
    private Path umociLayout() throws Exception {
        Path layout = dir.resolve("layout");
        Tools.run(List.of("umoci", "init", "--layout", layout.toString()));
        Tools.run(List.of("umoci", "new", "--image", layout + ":app"));
        Path bundle = dir.resolve("bundle");
        Tools.run(umoci("unpack", "--image", layout + ":app", bundle.toString()));
        Files.writeString(Files.createDirectories(bundle.resolve("rootfs/etc")).resolve("motd"), "hello\n");
        Tools.run(umoci("repack", "--image", layout + ":app", bundle.toString()));
        return layout;
    }

    @Test
    void shouldReportAKeyInIndexJsonsOwnAnnotationsAndPrintItInNoFormat() throws Exception {
        assumeTrue(onPath("umoci"), "umoci is not installed");
        Path layout = umociLayout();
        ObjectNode index = (ObjectNode) JSON.readTree(layout.resolve("index.json").toFile());
        assertThat(index.has("annotations")).as("umoci wrote no annotations of index.json itself").isFalse();
        index.putObject("annotations").put(ANNOTATION, awsKeyId);
        JSON.writeValue(layout.resolve("index.json").toFile(), index);
        Path key = Files.writeString(dir.resolve("fingerprint.key"), "integration-test-fingerprint-key\n");
        String image = "oci:" + layout + ":app";

        StringBuilder everything = new StringBuilder();
        for (String format : List.of("json", "sarif", "html", "text")) {
            Path report = dir.resolve("report." + format);
            // The real jar once, for the process's own stdout and stderr; the same code in-process for the rest.
            JarRunner.Result toFile = "json".equals(format)
                    ? JarRunner.run(dir, "scan", image, "--format", format, "-o", report.toString(),
                            "--fingerprint-key-file", key.toString())
                    : JarRunner.inProcess("scan", image, "--format", format, "-o", report.toString(),
                            "--fingerprint-key-file", key.toString());
            JarRunner.Result toStdout = JarRunner.inProcess("scan", image, "--format", format,
                    "--fingerprint-key-file", key.toString());
            assertThat(toFile.exitCode()).as(format + ": " + toFile.stderr()).isEqualTo(1);
            assertThat(toStdout.exitCode()).as(format + ": " + toStdout.stderr()).isEqualTo(1);
            everything.append(toFile.all()).append(toStdout.all()).append(Files.readString(report));
        }

        JsonNode findings = JSON.readTree(dir.resolve("report.json").toFile()).get("findings");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("aws-access-key-id");
            assertThat(f.get("location").get("kind").asText()).isEqualTo("annotation");
            assertThat(f.get("location").get("field").asText()).isEqualTo("index");
            assertThat(f.get("location").get("key").asText()).isEqualTo(ANNOTATION);
            assertThat(f.get("redacted").asText()).isEqualTo(Redaction.preview(awsKeyId));
        });
        assertThat(Files.readString(dir.resolve("report.text"))).contains(ANNOTATION);
        LeakCheck.assertNoLeak("every format, stdout and stderr", everything.toString(), awsKeyId);
    }
}
