package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.detect.EnvVariable;
import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.image.WalkLimits;
import io.jenkins.plugins.bakedsecrets.core.image.testing.BuiltImage;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ImageBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.OciLayoutBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageScannerTest {
    private static final FingerprintKey KEY = FingerprintKey.of("scanner-test-key-0123456789".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private final String awsKeyId = PlantedSecrets.awsAccessKeyId();
    private final String awsSecret = PlantedSecrets.awsSecretKey();
    private final String githubToken = PlantedSecrets.githubToken();

    private ImageBuilder layeredImage() {
        String credentials = "[default]\naws_access_key_id = " + awsKeyId + "\naws_secret_access_key = " + awsSecret
                + "\n";
        return TestImages.image()
                .layer(l -> l.file("etc/motd", "hello\n"))
                .layer(l -> l.file("root/.aws/credentials", credentials))
                .layer(l -> l.whiteout("root/.aws/credentials"))
                .history("COPY motd /etc/motd # buildkit", false)
                .history("RUN |1 GITHUB_TOKEN=" + githubToken + " /bin/sh -c fetch # buildkit", false)
                .history("RUN /bin/sh -c rm /root/.aws/credentials # buildkit", false);
    }

    private static ScanReport scan(String reference, int parallelism) {
        return scanner(KnownSecrets.none(), parallelism)
                .scan(new ScanRequest(List.of(reference), TargetSelector.ALL, Optional.empty()));
    }

    private static ImageScanner scanner(KnownSecrets known, int parallelism) {
        ScanSettings settings = new ScanSettings(parallelism, WalkLimits.DEFAULT, new ToolInfo("test", "1", "r"));
        return new ImageScanner(SecretDetector.builtIn(known), KEY, settings,
                (ref, selector) -> ImageSources.open(ImageReference.parse(ref), selector));
    }

    private static Finding only(ScanReport report, String ruleId) {
        List<Finding> matches = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matches).as("findings of rule %s", ruleId).hasSize(1);
        return matches.get(0);
    }

    @Test
    void shouldReportSecretsInDeletedLayerWithLayerAndHidingDetails() throws Exception {
        Path archive = dir.resolve("app.tar");
        List<BuiltImage> built = TestImages.dockerArchive().add(layeredImage(), "app:1").writeClassic(archive);

        ScanReport report = scan("docker-archive:" + archive, 2);

        Finding secret = only(report, "aws-secret-access-key");
        assertThat(secret.location().kind()).isEqualTo(LocationKind.FILE);
        assertThat(secret.location().path()).hasValue("/root/.aws/credentials");
        assertThat(secret.location().line()).hasValue(3);
        assertThat(secret.location().layerIndex()).hasValue(1);
        assertThat(secret.location().diffId()).hasValue(report.targets().get(0).layers().get(1).diffId());
        assertThat(secret.location().deleted()).isTrue();
        assertThat(secret.location().hiddenBy()).hasValue(2);
        assertThat(report.targets().get(0).imageId()).hasValue(built.get(0).configDigest());
        // The command stays readable, the build argument's value does not reach the report.
        assertThat(report.targets().get(0).layers().get(1).createdBy()).hasValue(
                "RUN |1 GITHUB_TOKEN=*** /bin/sh -c fetch # buildkit");
    }

    @Test
    void shouldReportBuildArgumentOfHistoryUnderItsName() throws Exception {
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(layeredImage(), "app:1").writeClassic(archive);

        Finding token = only(scan("docker-archive:" + archive, 1), "github-token");

        assertThat(token.location().kind()).isEqualTo(LocationKind.HISTORY);
        assertThat(token.location().key()).hasValue("GITHUB_TOKEN");
        assertThat(token.location().historyIndex()).hasValue(1);
        assertThat(token.validated()).hasValue(true);
    }

    @Test
    void shouldGiveSameFindingsWhateverTheSourceFormatAndParallelism() throws Exception {
        Path classic = dir.resolve("classic.tar");
        Path ociForm = dir.resolve("oci-form.tar");
        TestImages.dockerArchive().add(layeredImage(), "app:1").writeClassic(classic);
        TestImages.dockerArchive().add(layeredImage(), "app:1").writeOciForm(ociForm);
        Path layout = TestImages.layout().add(layeredImage(), "app").writeDirectory(dir.resolve("layout"));

        List<String> a = ids(scan("docker-archive:" + classic, 1));
        List<String> b = ids(scan("docker-archive:" + ociForm, 2));
        List<String> c = ids(scan("oci:" + layout + ":app", 2));

        assertThat(a).isNotEmpty().isEqualTo(b).isEqualTo(c);
    }

    private static List<String> ids(ScanReport report) {
        return report.findings().stream().map(f -> f.findingId() + " " + f.secretFingerprint()).sorted().toList();
    }

    @Test
    void shouldMarkOverwrittenFileAndKeepHardLinkedContentVisible() throws Exception {
        String password = PlantedSecrets.password();
        ImageBuilder image = TestImages.image()
                .layer(l -> l.file("app/.env", "DB_PASSWORD=" + password + "\n")
                        .file("tmp/id_rsa.env", "API_KEY=" + password + "x\n")
                        .hardLink("opt/keep.env", "tmp/id_rsa.env"))
                .layer(l -> l.file("app/.env", "DB_PASSWORD=${DB_PASSWORD}\n").whiteout("tmp/id_rsa.env"));
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(image, "app:1").writeClassic(archive);

        ScanReport report = scan("docker-archive:" + archive, 2);

        Finding env = report.findings().stream().filter(f -> f.location().path().equals(Optional.of("/app/.env")))
                .findFirst().orElseThrow();
        assertThat(env.location().overwritten()).isTrue();
        assertThat(env.location().hiddenBy()).hasValue(1);
        Finding linked = report.findings().stream()
                .filter(f -> f.location().path().equals(Optional.of("/tmp/id_rsa.env"))).findFirst().orElseThrow();
        assertThat(linked.location().deleted()).isFalse();
    }

    @Test
    void shouldScanConfigEntriesArchivesAndKnownSecrets() throws Exception {
        String known = PlantedSecrets.password();
        String encoded = Base64.getEncoder().encodeToString(("user:" + known).getBytes(StandardCharsets.UTF_8));
        byte[] jar = TestImages.zip().entry("BOOT-INF/classes/application.properties",
                "spring.datasource.password=" + PlantedSecrets.password() + "\n").bytes();
        ImageBuilder image = TestImages.image()
                .layer(l -> l.file("app/orders.jar", jar).file("etc/blob.txt", "auth " + encoded + "\n"))
                .env("GITHUB_TOKEN=" + githubToken)
                .label("deploy.token", PlantedSecrets.npmToken())
                .entrypoint("sh", "-c", "curl -u admin:" + PlantedSecrets.password() + " https://api.internal/x");
        Path archive = dir.resolve("app.tar");
        TestImages.dockerArchive().add(image, "app:1").writeClassic(archive);

        ScanReport report = scanner(KnownSecrets.of(List.of(known)), 2)
                .scan(new ScanRequest(List.of("docker-archive:" + archive), TargetSelector.ALL, Optional.empty()));

        assertThat(report.findings()).extracting(f -> f.location().kind()).contains(LocationKind.ENV,
                LocationKind.LABEL, LocationKind.CONFIG, LocationKind.FILE);
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.location().path())
                .hasValue("/app/orders.jar!/BOOT-INF/classes/application.properties"));
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("known-secret");
            assertThat(f.location().path()).hasValue("/etc/blob.txt");
        });
    }

    @Test
    void shouldReportWholePasswordWhenPropertiesInJarHoldPunctuation() throws Exception {
        // '#' and '!' start a comment only at the start of a properties line; the password runs to the line's end.
        String password = PlantedSecrets.password().substring(0, 8) + "#!%^*" + PlantedSecrets.password();
        String snyk = java.util.UUID.randomUUID().toString();
        byte[] jar = TestImages.zip().entry("BOOT-INF/classes/application.properties", "server.port=8080\n"
                + "spring.datasource.password=" + password + "\n").entry("BOOT-INF/classes/application.yaml",
                "snyk:\n  org: acme\n  token: \"" + snyk + "\"\n").bytes();
        ImageBuilder image = TestImages.image().layer(l -> l.file("app/orders.jar", jar));
        Path archive = dir.resolve("jar.tar");
        TestImages.dockerArchive().add(image, "jar:1").writeClassic(archive);

        ScanReport report = scan("docker-archive:" + archive, 1);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("generic-secret-assignment")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().path()).hasValue("/app/orders.jar!/BOOT-INF/classes/application.properties");
                    assertThat(f.location().line()).hasValue(2);
                    assertThat(f.secretFingerprint()).isEqualTo(KEY.fingerprint(SecretDigest.of(password)));
                });
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("snyk-token")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).hasValue(3);
                    assertThat(f.secretFingerprint()).isEqualTo(KEY.fingerprint(SecretDigest.of(snyk)));
                });
    }

    @Test
    void shouldScanBuildKitAttestationsAsDocuments() throws Exception {
        String token = PlantedSecrets.githubToken();
        Path layout = TestImages.layout()
                .attestationPredicate("{\"invocation\":{\"parameters\":{\"args\":{\"build-arg:GH_TOKEN\":\""
                        + token + "\"}}}}")
                .addIndex("app", true, TestImages.image().layer(l -> l.file("etc/motd", "hi\n")))
                .writeDirectory(dir.resolve("layout"));

        ScanReport report = scan("oci:" + layout + ":app", 2);

        Finding f = only(report, "github-token");
        assertThat(f.location().kind()).isEqualTo(LocationKind.ATTESTATION);
        assertThat(f.location().key()).hasValue("build-arg:GH_TOKEN");
    }

    @Test
    void shouldAbortWithoutReportWhenLayerIsTampered() throws Exception {
        Path archive = dir.resolve("app.tar");
        List<BuiltImage> built = TestImages.dockerArchive().add(layeredImage(), "app:1").writeOciForm(archive);
        String layerDigest = built.get(0).layerDigests().get(1);
        TestImages.flipByteInTarEntry(archive, TestImages.blobPath(layerDigest), 700);

        assertThatThrownBy(() -> scan("docker-archive:" + archive, 2))
                .isInstanceOf(ScanException.class)
                .hasMessageContaining("digest mismatch");
    }

    @Test
    void shouldFailWithoutReportWhenDistributableLayerIsMissing() throws Exception {
        ImageBuilder image = TestImages.image().layer(l -> l.file("etc/motd", "hi\n"))
                .layer(l -> l.file("etc/issue", "x\n"));
        var builder = TestImages.layout().add(image, "app");
        Path layout = builder.writeDirectory(dir.resolve("layout"));
        BuiltImage built = builder.images().get(0);
        String missing = built.layerDigests().get(1);
        java.nio.file.Files.delete(layout.resolve(TestImages.blobPath(missing)));

        assertThatThrownBy(() -> scan("oci:" + layout + ":app", 1))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("layer 1 (" + missing + ") is listed in the manifest but absent from the image"
                        + " source: ");
    }

    @Test
    void shouldRecordAbsentNonDistributableLayerAsCoverageGap() throws Exception {
        var builder = TestImages.layout();
        byte[] tar = TestImages.layer().file("etc/motd", "hi\n").tar();
        String layer = builder.addBlob(tar);
        String foreign = "sha256:" + "1".repeat(64);
        Map<String, Object> absent = OciLayoutBuilder.descriptor(
                "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip", foreign, 1);
        absent.put("urls", List.of("https://example.invalid/l"));
        builder.addManifest("app", "application/vnd.oci.image.config.v1+json", List.of(layer, foreign), List.of(
                OciLayoutBuilder.descriptor("application/vnd.oci.image.layer.v1.tar", layer, tar.length), absent));
        Path layout = builder.writeDirectory(dir.resolve("layout"));

        ScanReport report = scan("oci:" + layout + ":app", 1);

        assertThat(report.coverage()).extracting(CoverageGap::reason).containsExactly(
                CoverageGap.Reason.MISSING_LAYER);
        assertThat(report.coverage().get(0).layerIndex()).hasValue(1);
    }

    @Test
    void shouldReportSecretValuedCiVariablesOnly() {
        String token = PlantedSecrets.githubToken();
        List<EnvVariable> vars = List.of(new EnvVariable("GITHUB_TOKEN", token),
                new EnvVariable("GIT_COMMIT", "0123456789abcdef0123456789abcdef01234567"),
                new EnvVariable("BUILD_NUMBER", "42"), new EnvVariable("WORKSPACE", "/var/lib/jenkins/ws/app"));

        ScanReport report = scanner(KnownSecrets.none(), 1).scan(new ScanRequest(List.of(), TargetSelector.ALL,
                Optional.of(new CiEnvironmentInput("ci-env:test", vars))));

        assertThat(report.targets()).extracting(TargetInfo::type).containsExactly(TargetInfo.CI_ENV);
        assertThat(report.findings()).extracting(f -> f.location().key().orElse("")).containsExactly("GITHUB_TOKEN");
        assertThat(report.findings().get(0).location().kind()).isEqualTo(LocationKind.CI_ENV);
    }
}
