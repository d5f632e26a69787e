package io.jenkins.plugins.bakedsecrets.agent;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.core.cache.CacheSettings;
import io.jenkins.plugins.bakedsecrets.core.cache.CacheStatistics;
import io.jenkins.plugins.bakedsecrets.core.cache.LayerCache;
import io.jenkins.plugins.bakedsecrets.core.detect.EnvVariable;
import io.jenkins.plugins.bakedsecrets.core.detect.KnownSecrets;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportWriter;
import io.jenkins.plugins.bakedsecrets.core.scan.CiEnvironmentInput;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageScanner;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanRequest;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanSettings;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the scan on the agent that holds the workspace and returns the report as JSON bytes. The report is made under
 * {@link FingerprintKey#transport()}, so the controller's key never leaves the controller; the controller re-keys the
 * report before anything is stored. Secret inputs travel as {@link Secret} and this object is never persisted.
 */
public final class ScanCallable extends MasterToSlaveFileCallable<AgentScanResult> {
    private static final long serialVersionUID = 1L;
    /** Tool name recorded in reports. */
    public static final String TOOL_NAME = "baked-secrets";

    private final ArrayList<String> images;
    private final ArrayList<Secret> knownSecrets;
    private final RegistryLogin registryLogin;
    private final TreeMap<String, String> environment;
    private final String environmentName;
    private final String toolVersion;
    private final AgentCache cache;

    /**
     * A scan of images and, when {@code environment} is present, of build environment variables.
     *
     * @param request images, environment and tool version
     * @param knownSecrets values to search for
     * @param registryLogin login for {@code docker://} references, when given
     */
    public ScanCallable(AgentScanRequest request, List<Secret> knownSecrets, Optional<RegistryLogin> registryLogin) {
        this.images = new ArrayList<>(request.images());
        this.knownSecrets = new ArrayList<>(knownSecrets);
        this.registryLogin = registryLogin.orElse(null);
        this.environment = request.environment().map(m -> new TreeMap<String, String>(m)).orElse(null);
        this.environmentName = request.environmentName();
        this.toolVersion = request.toolVersion();
        this.cache = request.cache().orElse(null);
    }

    /** Engine exports are spooled beside the workspace, as Jenkins' own {@code @tmp} directories are. */
    private static File exportDirectory(File workspace) throws IOException {
        File tmp = new File(workspace.getParentFile(), workspace.getName() + "@tmp");
        if (!tmp.isDirectory() && !tmp.mkdirs()) {
            throw new IOException("cannot create " + tmp);
        }
        return tmp;
    }

    /** {@code DOCKER_HOST} as the build sees it (for example set by withDockerServer), else the agent's own. */
    private Map<String, String> dockerEnvironment() {
        if (environment != null && environment.containsKey("DOCKER_HOST")) {
            return Map.of("DOCKER_HOST", environment.get("DOCKER_HOST"));
        }
        return System.getenv();
    }

    @Override
    public AgentScanResult invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        List<String> values = knownSecrets.stream().map(Secret::getPlainText).toList();
        SecretDetector detector = SecretDetector.builtIn(KnownSecrets.of(values));
        ToolInfo tool = new ToolInfo(TOOL_NAME, toolVersion, detector.rules().version());
        ImageScanner scanner = new ImageScanner(detector, FingerprintKey.transport(), ScanSettings.defaults(tool),
                RegistryOpener.create(workspace, exportDirectory(workspace), Optional.ofNullable(registryLogin),
                        dockerEnvironment()));
        // A cache that cannot be opened is off for this scan; the statistics say why, and the scan goes on.
        LayerCache layerCache = cache == null ? LayerCache.disabled()
                : LayerCache.open(new CacheSettings(Path.of(cache.directory()), cache.maxBytes(), true));
        try {
            ScanReport report = scanner.withCache(layerCache)
                    .scan(new ScanRequest(images, TargetSelector.ALL, ciEnvironment()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonReportWriter().write(report, out);
            CacheStatistics statistics = layerCache.statistics();
            String summary = layerCache.enabled()
                    ? statistics.hits() + " layer results reused, " + statistics.stored() + " stored" : "";
            return new AgentScanResult(out.toByteArray(), summary, statistics.warning().orElse(""));
        } catch (ScanException | IllegalArgumentException e) {
            // One line naming the image or path; core never puts a secret into a message.
            throw new AbortException(e.getMessage());
        }
    }

    private Optional<CiEnvironmentInput> ciEnvironment() {
        if (environment == null) {
            return Optional.empty();
        }
        List<EnvVariable> variables = new ArrayList<>();
        for (Map.Entry<String, String> e : environment.entrySet()) {
            variables.add(new EnvVariable(e.getKey(), e.getValue()));
        }
        return Optional.of(new CiEnvironmentInput(environmentName, variables));
    }

    @Override
    public String toString() {
        return "ScanCallable[" + images + ", " + knownSecrets.size() + " known secrets]";
    }
}
