package io.jenkins.plugins.bakedsecrets.result;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The job page's view of recent scans: findings by severity over the last builds and a link to the latest report. */
public class ImageSecretsJobAction implements Action {
    /** How many builds the trend table covers. */
    static final int TREND_BUILDS = 10;

    private final Job<?, ?> job;

    /** The trend of a job. */
    public ImageSecretsJobAction(Job<?, ?> job) {
        this.job = job;
    }

    /** The job. */
    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return Messages.ImageSecretsJobAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "baked-secrets";
    }

    /** The severity column headers, worst first. */
    @Restricted(NoExternalUse.class)
    public List<String> getSeverities() {
        return List.of(Severity.values()).stream().map(Severity::id).toList();
    }

    /** One row per scan of the last builds, newest first. */
    @Restricted(NoExternalUse.class)
    public List<TrendRow> getRows() {
        List<TrendRow> rows = new ArrayList<>();
        int seen = 0;
        for (Run<?, ?> run = job.getLastBuild(); run != null && seen < TREND_BUILDS; run = run.getPreviousBuild()) {
            seen++;
            for (ImageSecretsAction a : run.getActions(ImageSecretsAction.class)) {
                rows.add(new TrendRow(run, a));
            }
        }
        return rows;
    }

    /** The URL (relative to the Jenkins root) of the latest build's first report, when there is one. */
    @Restricted(NoExternalUse.class)
    public String getLatestReportUrl() {
        return latest().map(a -> a.getOwner().getUrl() + a.getUrlName() + "/").orElse("");
    }

    Optional<ImageSecretsAction> latest() {
        int seen = 0;
        for (Run<?, ?> run = job.getLastBuild(); run != null && seen < TREND_BUILDS; run = run.getPreviousBuild()) {
            seen++;
            ImageSecretsAction a = run.getAction(ImageSecretsAction.class);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
