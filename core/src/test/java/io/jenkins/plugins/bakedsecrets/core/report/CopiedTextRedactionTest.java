package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Redaction;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageScanner;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanRequest;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanSettings;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import io.jenkins.plugins.bakedsecrets.core.testing.LeakCheck;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a report copies from an image (history lines, annotations) and names it shows as locations (label and variable
 * keys) carry no secret into any format: what a rule flags is found and masked, and every rendering is searched.
 */
class CopiedTextRedactionTest {
    private static final SecretDetector DETECTOR = SecretDetector.builtIn(KnownSecrets.none());
    private static final FingerprintKey KEY = FingerprintKey.of("copied-text-test-key-0123".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private final String githubToken = PlantedSecrets.githubToken();
    private final String npmToken = PlantedSecrets.npmToken();
    private final String password = "Pw" + PlantedSecrets.random(PlantedSecrets.BASE62, 7);
    /** Long and random enough for the name-based rule's entropy floor, whatever the draw. */
    private final String registryPassword = PlantedSecrets.password();
    private final String awsKeyId = PlantedSecrets.awsAccessKeyId();

    private ScanReport scanLayout(Path layout) {
        ScanSettings settings = new ScanSettings(1, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        return new ImageScanner(DETECTOR, KEY, settings, (ref, selector) -> ImageSources.open(
                ImageReference.parse(ref), selector)).scan(new ScanRequest(List.of("oci:" + layout),
                TargetSelector.ALL, Optional.empty()));
    }

    private static String everyFormat(ScanReport report) throws IOException {
        RuleDescriptions rules = RuleSetDescriptions.of(DETECTOR.rules());
        ReportAnnotations none = ReportAnnotations.builder().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, out);
        new SarifReportWriter(rules, none).write(report, out);
        new HtmlReportWriter(rules, none).write(report, out);
        new TextReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ImageBuilder image() {
        return TestImages.image().layer(l -> l.file("etc/motd", "hello\n"));
    }

    @Test
    void shouldScanManifestAndIndexAnnotationsAndMaskWhatTheyHold() throws IOException {
        Path layout = TestImages.layout().layoutAnnotation("org.example.layout-key-id", awsKeyId)
                .indexAnnotation("org.example.ci-token", npmToken)
                .addIndex("app", false, image().annotation("org.example.deploy-token", githubToken)
                        .annotation("org.opencontainers.image.base.name", "docker.io/library/alpine:3.20"))
                .entryAnnotation("org.example.registry-password", registryPassword)
                .writeDirectory(dir.resolve("layout"));

        ScanReport report = scanLayout(layout);

        List<Finding> annotations = report.findings().stream()
                .filter(f -> f.location().kind() == LocationKind.ANNOTATION).toList();
        assertThat(annotations).extracting(f -> f.location().field().orElseThrow() + " " + f.location().key()
                .orElseThrow()).containsExactlyInAnyOrder("manifest org.example.deploy-token",
                "index org.example.ci-token", "index org.example.registry-password",
                "index org.example.layout-key-id");
        assertThat(report.targets().get(0).annotations()).containsEntry("org.example.deploy-token", "***")
                .containsEntry("org.opencontainers.image.base.name", "docker.io/library/alpine:3.20");
        String all = everyFormat(report);
        for (String planted : List.of(githubToken, npmToken, registryPassword, awsKeyId)) {
            LeakCheck.assertNoLeak("every format", all, planted);
        }
    }

    @Test
    void shouldShowOnlyAPreviewWhenALabelOrVariableNameIsAToken() throws IOException {
        Path layout = TestImages.layout().add(image().label(githubToken, "enabled").env(npmToken + "=1"), "app")
                .writeDirectory(dir.resolve("layout"));

        ScanReport report = scanLayout(layout);

        assertThat(report.findings()).filteredOn(f -> f.location().kind() == LocationKind.LABEL)
                .extracting(f -> f.location().key().orElseThrow()).containsExactly(Redaction.preview(githubToken));
        assertThat(report.findings()).filteredOn(f -> f.location().kind() == LocationKind.ENV)
                .extracting(f -> f.location().key().orElseThrow()).containsExactly(Redaction.preview(npmToken));
        String all = everyFormat(report);
        LeakCheck.assertNoLeak("every format", all, githubToken);
        LeakCheck.assertNoLeak("every format", all, npmToken);
    }

    @Test
    void shouldMaskWhatRulesFlagInHistoryLinesAndKeepTheRestReadable() throws IOException {
        Path layout = TestImages.layout().add(image().layer(l -> l.file("etc/b", "b\n")).layer(l -> l.file("c", "c\n"))
                .layer(l -> l.file("d", "d\n"))
                .history("RUN /bin/sh -c mkdir -p /root/.aws && cp credentials /root/.aws/ # buildkit", false)
                .history("RUN /bin/sh -c mysql -uroot -p" + password + " app < /init.sql # buildkit", false)
                .history("RUN /bin/sh -c echo \"machine git.internal login bot password " + npmToken
                        + "\" > /root/.netrc # buildkit", false)
                .history("RUN /bin/sh -c echo " + githubToken + " | docker login -u bot --password-stdin r.io", false),
                "app").writeDirectory(dir.resolve("layout"));

        ScanReport report = scanLayout(layout);

        List<String> createdBy = report.targets().get(0).layers().stream()
                .map(l -> l.createdBy().orElse("")).toList();
        assertThat(createdBy).containsExactly(
                "RUN /bin/sh -c mkdir -p /root/.aws && cp credentials /root/.aws/ # buildkit",
                "RUN /bin/sh -c mysql -uroot -p*** app < /init.sql # buildkit",
                "RUN /bin/sh -c echo \"machine git.internal login bot password *** > /root/.netrc # buildkit",
                "RUN /bin/sh -c echo *** | docker login -u bot --password-stdin r.io");
        String all = everyFormat(report);
        for (String planted : List.of(githubToken, npmToken, password)) {
            LeakCheck.assertNoLeak("every format", all, planted);
        }
    }
}
