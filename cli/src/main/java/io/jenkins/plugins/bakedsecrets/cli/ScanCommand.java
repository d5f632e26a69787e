package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.cache.CacheSettings;
import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.Platform;
import io.jenkins.plugins.bakedsecrets.core.image.Transport;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleSetDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.CiEnvironmentInput;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageScanner;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanRequest;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanSettings;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baked-secrets scan}: scans images and a CI environment, writes a report, exits by --fail-on. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scans container images (and optionally a CI environment) for baked secrets.",
            "IMAGE uses containers-image transport syntax: docker-archive:PATH[:REF|:@INDEX], oci:DIR[:REF],",
            "oci-archive:PATH[:REF], docker://HOST[:PORT]/REPO[:TAG|@DIGEST], docker-daemon:NAME[:TAG]."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on (waived findings do not count)",
            "1:findings at or above --fail-on that no valid waiver suppresses",
            "2:error (usage, bad input, malformed waiver or policy file, digest mismatch, internal failure); no report"
                + " is written"})
final class ScanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", arity = "0..*", description = "Images to scan.")
    private List<String> images = new ArrayList<>();

    @Option(names = "--ci-env", paramLabel = "FILE",
            description = "CI environment as `env` prints it (KEY=VALUE lines); '-' reads standard input.")
    private String ciEnv;

    @Option(names = "--ci-env-null", description = "The CI environment file is NUL-separated (`env -0`).")
    private boolean ciEnvNull;

    @Option(names = "--known-secrets", paramLabel = "FILE",
            description = "Values (one a line, 8+ characters) to search for raw, base64, URL-encoded and hex.")
    private Path knownSecrets;

    @Option(names = "--fingerprint-key-file", paramLabel = "FILE",
            description = "Key for secret fingerprints (else $" + FingerprintKey.ENVIRONMENT_VARIABLE
                    + ", else a key generated for this run).")
    private Path fingerprintKeyFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (default: stdout).")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            description = "Exit 1 when a finding no waiver suppresses is at or above: critical, high, medium, low, "
                    + "info or none (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waiver file (default: "
            + ".baked-secrets.yaml in the working directory, when it exists). Waived findings stay in the report, "
            + "marked, and do not count for --fail-on.")
    private Path waivers;

    @Option(names = "--no-waivers", description = "Apply no waivers, not even .baked-secrets.yaml.")
    private boolean noWaivers;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy whose waiver limits (allowWaivers, "
            + "maxWaiverAgeDays) apply, as in the gate (default: the documented default policy).")
    private Path policy;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Scan only this platform of a multi-platform image (default: all).")
    private String platform;

    @Option(names = "--parallelism", paramLabel = "N", description = "Threads: layers read at once and detection "
            + "threads (default: cores); 1 scans on one thread.")
    private Integer parallelism;

    @picocli.CommandLine.Mixin
    private RegistryArgs registry = new RegistryArgs();

    @picocli.CommandLine.Mixin
    private CacheArgs cache = new CacheArgs();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FailThreshold threshold = FailThreshold.parse(failOn);
        if (output != null) {
            OutputFiles.requireNotInput("-o", output, inputFiles());
        }
        Optional<CiEnvironmentInput> environment = CiEnvironmentFiles.read(ciEnv, ciEnvNull);
        if (images.isEmpty() && environment.isEmpty()) {
            throw new IllegalArgumentException("nothing to scan: give an IMAGE or --ci-env FILE");
        }
        ScanWaivers scanWaivers = ScanWaivers.load(waivers, noWaivers, policy);
        CacheSettings cacheSettings = cache.settings(System.getenv(), Path.of(System.getProperty("user.home")));
        KnownSecrets known = knownSecrets == null ? KnownSecrets.none() : KnownSecrets.load(knownSecrets);
        FingerprintKeys.Loaded key = FingerprintKeys.load(fingerprintKeyFile, System.getenv());
        SecretDetector detector = SecretDetector.builtIn(known);
        ScanSettings defaults = ScanSettings.defaults(
                new ToolInfo(Version.NAME, Version.current(), detector.rules().version()));
        ScanSettings settings = parallelism == null ? defaults
                : new ScanSettings(parallelism, defaults.limits(), defaults.tool());
        TargetSelector selector = platform == null ? TargetSelector.ALL
                : new TargetSelector(Optional.of(Platform.parse(platform)), Optional.empty());
        LayerCache layerCache = LayerCache.open(cacheSettings);
        ImageScanner scanner = new ImageScanner(detector, key.key(), settings,
                registry.opener(selector.platform(), System.getenv())).withCache(layerCache);
        ScanReport report = scanner.scan(new ScanRequest(images, selector, environment));
        Suppressions suppressions = scanWaivers.apply(report.findings(), LocalDate.now(ZoneOffset.UTC));
        ReportOutput.write(report, format, new ReportContext(RuleSetDescriptions.of(detector.rules()),
                ReportAnnotations.builder().suppressions(suppressions).build(), suppressions), output,
                spec.commandLine().getOut());
        // Only after a report exists: a failed scan prints its one error line and nothing else.
        key.warning().ifPresent(w -> Errors.warning(spec.commandLine().getErr(), w));
        suppressions.warnings().forEach(w -> Errors.warning(spec.commandLine().getErr(), w));
        layerCache.statistics().warning().ifPresent(w -> Errors.warning(spec.commandLine().getErr(), w));
        return threshold.isExceededBy(report, suppressions) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Every file this scan reads: image archives and layouts, the CI environment and the option files. */
    private List<Path> inputFiles() {
        List<Path> files = new ArrayList<>();
        for (String image : images) {
            try {
                ImageReference ref = ImageReference.parse(image);
                if (ref.transport() != Transport.DOCKER && ref.transport() != Transport.DOCKER_DAEMON) {
                    files.add(Path.of(ref.location()));
                }
            } catch (IllegalArgumentException e) {
                // The scan itself reports a malformed reference.
            }
        }
        if (ciEnv != null && !"-".equals(ciEnv)) {
            files.add(Path.of(ciEnv));
        }
        java.util.stream.Stream.of(knownSecrets, fingerprintKeyFile, waivers, policy, ScanWaivers.DEFAULT_FILE)
                .filter(java.util.Objects::nonNull).forEach(files::add);
        files.addAll(registry.inputFiles());
        return files;
    }
}
