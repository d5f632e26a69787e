package io.jenkins.plugins.bakedsecrets.result;

import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** One row of the job trend table; Jelly reads these getters. */
public final class TrendRow {
    private final String build;
    private final String url;
    private final String name;
    private final int total;
    private final List<Integer> counts;

    TrendRow(Run<?, ?> run, ImageSecretsAction action) {
        this.build = run.getDisplayName();
        this.url = run.getUrl() + action.getUrlName() + "/";
        this.name = action.getName();
        this.total = action.getTotal();
        List<Integer> byIndex = new ArrayList<>();
        for (Severity s : Severity.values()) {
            byIndex.add(action.count(s));
        }
        this.counts = List.copyOf(byIndex);
    }

    /** The build's display name. */
    public String getBuild() {
        return build;
    }

    /** The report's URL relative to the Jenkins root. */
    public String getUrl() {
        return url;
    }

    /** The scan name. */
    public String getName() {
        return name;
    }

    /** Number of findings. */
    public int getTotal() {
        return total;
    }

    /** Findings per severity, worst first. */
    public List<Integer> getCounts() {
        return counts;
    }
}
