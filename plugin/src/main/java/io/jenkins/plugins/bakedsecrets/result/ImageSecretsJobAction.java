package io.jenkins.plugins.bakedsecrets.result;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job page's view of recent scans: a chart of findings by severity (and waived) over the last builds, shown on
 * the job page and on its own page with a table of the same numbers, and a link to the latest report.
 */
public class ImageSecretsJobAction implements Action {
    /** How many builds the trend covers. */
    static final int TREND_BUILDS = 20;
    private static final JsonFactory JSON = new JsonFactory();

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

    /** One point per build with scans among the last builds, oldest first. */
    @Restricted(NoExternalUse.class)
    public List<TrendPoint> getPoints() {
        List<TrendPoint> points = new ArrayList<>();
        int seen = 0;
        for (Run<?, ?> run = job.getLastBuild(); run != null && seen < TREND_BUILDS; run = run.getPreviousBuild()) {
            seen++;
            List<ImageSecretsAction> scans = run.getActions(ImageSecretsAction.class);
            if (!scans.isEmpty()) {
                points.add(TrendPoint.of(run, scans));
            }
        }
        Collections.reverse(points);
        return points;
    }

    /** The chart of the trend. */
    @Restricted(NoExternalUse.class)
    public TrendChart getChart() {
        return new TrendChart(getPoints());
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

    /** The numbers behind the chart as JSON, oldest build first: for scripts and dashboards. */
    public void doTrendData(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        job.checkPermission(Item.READ);
        rsp.setContentType("application/json;charset=UTF-8");
        try (OutputStream out = rsp.getOutputStream();
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("builds");
            for (TrendPoint p : getPoints()) {
                g.writeStartObject();
                g.writeNumberField("number", p.number());
                g.writeStringField("name", p.name());
                g.writeStringField("url", p.url());
                g.writeNumberField("total", p.total());
                g.writeObjectFieldStart("bySeverity");
                for (int s = 0; s < Severity.values().length; s++) {
                    g.writeNumberField(Severity.values()[s].id(), p.counts().get(s));
                }
                g.writeEndObject();
                g.writeNumberField("waived", p.waived());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
