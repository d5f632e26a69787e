package io.jenkins.plugins.bakedsecrets.result;

import hudson.model.Item;
import io.jenkins.plugins.bakedsecrets.BuildAction;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The result of one scan of a build. build.xml holds only this summary (plain counts and strings, no core types);
 * the findings are read lazily from {@code <build dir>/baked-secrets/<name>.json} and kept in a soft reference.
 */
@ExportedBean
public class ImageSecretsAction extends BuildAction {
    /** Prefix of the action's URL name; the scan name follows. */
    public static final String URL_PREFIX = "baked-secrets-";
    /** Version of the persisted summary. */
    static final int SUMMARY_VERSION = 1;

    private final String name;
    private final int schemaVersion;
    private final int total;
    private final int critical;
    private final int high;
    private final int medium;
    private final int low;
    private final int info;
    private final int coverageGaps;
    private final ArrayList<String> images;
    private final ArrayList<String> imageIds;
    private final int managedVariables;
    private final String reportFile;
    /**
     * Finding id to the text of the waiver that suppresses it (owner, expiry, justification; never a value). Not
     * final: builds stored before waivers existed load without it, and {@link #readResolve} fills it in.
     */
    private TreeMap<String, String> waived;

    private transient SoftReference<ScanReport> report = new SoftReference<>(null);

    /** A summary of a stored report with the findings a waiver suppresses. */
    public ImageSecretsAction(String name, ScanReport keyed, ScanSummaryFacts facts, Map<String, String> waived) {
        this.name = name;
        this.schemaVersion = SUMMARY_VERSION;
        Summary summary = keyed.summary();
        Map<Severity, Integer> counts = new EnumMap<>(summary.bySeverity());
        this.total = summary.total();
        this.critical = counts.getOrDefault(Severity.CRITICAL, 0);
        this.high = counts.getOrDefault(Severity.HIGH, 0);
        this.medium = counts.getOrDefault(Severity.MEDIUM, 0);
        this.low = counts.getOrDefault(Severity.LOW, 0);
        this.info = counts.getOrDefault(Severity.INFO, 0);
        this.coverageGaps = summary.coverageGaps();
        this.images = new ArrayList<>(facts.images());
        this.imageIds = new ArrayList<>(facts.imageIds());
        this.managedVariables = facts.managedVariables();
        this.reportFile = facts.reportFile();
        this.waived = new TreeMap<>(waived);
        this.report = new SoftReference<>(keyed);
    }

    /** Restores transient state after XStream unmarshalling. */
    protected Object readResolve() {
        report = new SoftReference<>(null);
        if (waived == null) {
            waived = new TreeMap<>();
        }
        return this;
    }

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return Messages.ImageSecretsAction_DisplayName(name);
    }

    @Override
    public String getUrlName() {
        return URL_PREFIX + name;
    }

    /** The scan name. */
    @Exported
    public String getName() {
        return name;
    }

    /** Number of findings. */
    @Exported
    public int getTotal() {
        return total;
    }

    /** Findings per severity id, worst first. */
    @Exported
    public Map<String, Integer> getBySeverity() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.id(), count(s));
        }
        return counts;
    }

    /** Number of findings of one severity. */
    public int count(Severity severity) {
        return switch (severity) {
            case CRITICAL -> critical;
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
            case INFO -> info;
        };
    }

    /** Number of distinct findings a valid waiver suppresses; they stay in the report, marked, and in the counts. */
    @Exported
    public int getSuppressed() {
        return waived.size();
    }

    /** Number of coverage gaps (things that could not be scanned). */
    @Exported
    public int getCoverageGaps() {
        return coverageGaps;
    }

    /** The scanned references. */
    @Exported
    public List<String> getImages() {
        return List.copyOf(images);
    }

    /** The image IDs (config digests) of the scanned images. */
    @Exported
    public List<String> getImageIds() {
        return List.copyOf(imageIds);
    }

    /** Environment variables left out because Jenkins manages them as secrets (bound credentials, passwords). */
    @Exported
    public int getManagedVariables() {
        return managedVariables;
    }

    /** Version of this summary's format. */
    @Exported
    public int getSchemaVersion() {
        return schemaVersion;
    }

    /** The report file name inside the build's {@code baked-secrets} directory. */
    public String getReportFile() {
        return reportFile;
    }

    /** The view model of the build page's summary box. */
    @Restricted(NoExternalUse.class)
    public SummaryModel getSummaryModel() {
        return new SummaryModel(this);
    }

    /** The stored report, read on first use and kept while memory allows. */
    public synchronized ScanReport getReport() throws IOException {
        ScanReport cached = report.get();
        if (cached == null) {
            cached = ReportFiles.read(ReportFiles.file(getOwner(), reportFile));
            report = new SoftReference<>(cached);
        }
        return cached;
    }

    /** Serves the findings of the panel as JSON: redacted previews and keyed fingerprints only. */
    @Restricted(NoExternalUse.class)
    public void doFindings(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        getOwner().getParent().checkPermission(Item.READ);
        ScanReport stored = getReport();
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-store");
        try (OutputStream out = rsp.getOutputStream()) {
            ReportFiles.writePanelData(stored, waived, out);
        }
    }
}
