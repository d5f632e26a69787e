package io.jenkins.plugins.bakedsecrets.steps;

import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.agent.AgentCache;
import io.jenkins.plugins.bakedsecrets.agent.AgentScanRequest;
import io.jenkins.plugins.bakedsecrets.agent.AgentScanResult;
import io.jenkins.plugins.bakedsecrets.agent.RegistryLogin;
import io.jenkins.plugins.bakedsecrets.agent.ScanCallable;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.policy.WaiverMatcher;
import io.jenkins.plugins.bakedsecrets.core.policy.Waivers;
import io.jenkins.plugins.bakedsecrets.core.report.JsonReportReader;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.credentials.KnownSecretsResolver;
import io.jenkins.plugins.bakedsecrets.credentials.RegistryLoginResolver;
import io.jenkins.plugins.bakedsecrets.governance.GateFiles;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import io.jenkins.plugins.bakedsecrets.result.ReportFiles;
import io.jenkins.plugins.bakedsecrets.result.ScanSummaryFacts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Runs one scan for the step and the builder alike: resolves credentials and the environment on the controller, scans
 * on the agent, re-keys and stores the report, attaches the action, logs a redacted summary and applies
 * {@code failOn}.
 */
public final class ScanRunner {
    private static final long MIB = 1024L * 1024;
    private final JenkinsFacade jenkins;
    private final BakedSecretsConfiguration configuration;

    /** A runner using the controller's configuration. */
    public ScanRunner() {
        this(new JenkinsFacade(), BakedSecretsConfiguration.get());
    }

    ScanRunner(JenkinsFacade jenkins, BakedSecretsConfiguration configuration) {
        this.jenkins = jenkins;
        this.configuration = configuration;
    }

    /** Scans, records and gates; throws {@link AbortException} when {@code failOn} is reached or input is bad. */
    public ImageSecretsAction run(ScanOptions options, ScanContext context) throws IOException, InterruptedException {
        Run<?, ?> run = context.run();
        for (ImageSecretsAction existing : run.getActions(ImageSecretsAction.class)) {
            if (existing.getName().equals(options.name())) {
                throw new AbortException(Messages.ScanRunner_DuplicateName(options.name()));
            }
        }
        // The waiver file is read and parsed before the scan: a broken file fails the step at once, not after an
        // image of many gigabytes was read.
        Optional<Waivers> waivers = waivers(options, context);
        List<Secret> known = new KnownSecretsResolver().resolve(options.knownSecretsCredentialsIds(), run,
                context.listener());
        Optional<RegistryLogin> login = new RegistryLoginResolver().resolve(options.registryCredentialsId(), run);
        EnvironmentSplit split = options.scanEnvironment()
                ? EnvironmentSplit.of(context.environment(), context.sensitiveVariables(), run)
                : new EnvironmentSplit(Map.of(), 0);
        AgentScanRequest request = new AgentScanRequest(options.images(),
                options.scanEnvironment() ? Optional.of(split.scanned()) : Optional.empty(),
                "jenkins:" + run.getExternalizableId(), jenkins.pluginVersion(),
                configuration.isLayerCache() ? AgentCache.of(context.workspace(),
                        configuration.getLayerCacheSizeMb() * MIB) : Optional.empty());
        AgentScanResult result = context.workspace().act(new ScanCallable(request, known, login));
        if (!result.cacheSummary().isEmpty()) {
            context.listener().getLogger().println(Messages.ScanRunner_LayerCache(result.cacheSummary()));
        }
        if (!result.cacheWarning().isEmpty()) {
            context.listener().getLogger().println(Messages.ScanRunner_LayerCacheWarning(result.cacheWarning()));
        }
        ScanReport keyed = new JsonReportReader().read(new ByteArrayInputStream(result.report()))
                .rekey(configuration.controllerKey());
        // Waivers are applied here on the controller, to the re-keyed report: fingerprint waivers name keyed
        // fingerprints, and nothing the agent wrote decides what is suppressed.
        Suppressions suppressions = waivers.map(w -> suppressions(w, options, keyed)).orElse(Suppressions.NONE);
        String fileName = ReportFiles.write(run, options.name(), keyed, suppressions);
        ImageSecretsAction action = new ImageSecretsAction(options.name(), keyed,
                new ScanSummaryFacts(options.images(), imageIds(keyed), split.managed(), fileName),
                waivedFindings(suppressions));
        run.addAction(action);
        PrintStream logger = context.listener().getLogger();
        log(logger, action, reportUrl(run, action));
        suppressions.warnings().forEach(w -> logger.println("baked-secrets: warning: " + PrintableText.of(w)));
        gate(options, keyed, suppressions);
        return action;
    }

    /** The job's waiver file, parsed; empty when the step names none. */
    private static Optional<Waivers> waivers(ScanOptions options, ScanContext context)
            throws IOException, InterruptedException {
        if (options.waivers().isEmpty()) {
            return Optional.empty();
        }
        String file = options.waivers().get();
        Optional<byte[]> content = GateFiles.read(context.workspace(), file, "waivers");
        try {
            return Optional.of(Waivers.load(file, content.orElseThrow()));
        } catch (ScanException | IllegalArgumentException e) {
            // A waiver file that does not parse is the job's error: say where, without a stack trace.
            throw new AbortException("baked-secrets: " + e.getMessage());
        }
    }

    /** What the job's waivers suppress under the administrator's baseline policy. */
    private Suppressions suppressions(Waivers waivers, ScanOptions options, ScanReport keyed) {
        return WaiverMatcher.apply(configuration.baseline(), waivers, keyed.findings(), LocalDate.now(ZoneOffset.UTC))
                .withSource(options.waivers().orElseThrow());
    }

    /** The mark of each suppressed finding by finding id, as the build keeps it (plain strings). */
    static Map<String, String> waivedFindings(Suppressions suppressions) {
        Map<String, String> waived = new TreeMap<>();
        suppressions.byFindingId().forEach((id, suppression) -> waived.put(id, suppression.describe()));
        return waived;
    }

    /** The absolute URL of the action when the root URL is known, else relative to the Jenkins root. */
    String reportUrl(Run<?, ?> run, ImageSecretsAction action) {
        return jenkins.rootUrl().orElse("/") + run.getUrl() + action.getUrlName() + "/";
    }

    static List<String> imageIds(ScanReport report) {
        return report.targets().stream().filter(t -> TargetInfo.IMAGE.equals(t.type()))
                .map(TargetInfo::imageId).flatMap(Optional::stream).distinct().toList();
    }

    private static void log(PrintStream out, ImageSecretsAction action, String url) {
        StringJoiner counts = new StringJoiner(", ");
        for (Severity s : Severity.values()) {
            counts.add(s.id() + " " + action.count(s));
        }
        out.println(Messages.ScanRunner_Summary(action.getName(), action.getTotal(), counts.toString()));
        if (action.getSuppressed() > 0) {
            out.println(Messages.Summary_Suppressed(action.getSuppressed()));
        }
        for (String id : action.getImageIds()) {
            out.println(Messages.ScanRunner_ImageId(id));
        }
        if (action.getManagedVariables() > 0) {
            out.println(Messages.Summary_Managed(action.getManagedVariables()));
        }
        if (action.getCoverageGaps() > 0) {
            out.println(Messages.Summary_CoverageGaps(action.getCoverageGaps()));
        }
        out.println(Messages.ScanRunner_Report(url));
    }

    /** Applies {@code failOn} to the findings no valid waiver suppresses. */
    private static void gate(ScanOptions options, ScanReport keyed, Suppressions suppressions)
            throws AbortException {
        Optional<Severity> threshold = options.failThreshold();
        if (threshold.isEmpty()) {
            return;
        }
        long atLeast = suppressions.unsuppressedAtLeast(keyed.findings(), threshold.get());
        if (atLeast > 0) {
            throw new AbortException(Messages.ScanRunner_Failed(atLeast, threshold.get().id()));
        }
    }
}
