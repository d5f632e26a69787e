package io.jenkins.plugins.bakedsecrets.result;

import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** What the build page's summary box shows; Jelly reads only these getters. */
public final class SummaryModel {
    private final ImageSecretsAction action;

    SummaryModel(ImageSecretsAction action) {
        this.action = action;
    }

    /** The box title, naming the scan. */
    public String getTitle() {
        return Messages.Summary_Title(action.getName(), action.getTotal());
    }

    /** True when the scan found nothing. */
    public boolean isClean() {
        return action.getTotal() == 0;
    }

    /** One line per severity that has findings, worst first. */
    public List<String> getSeverityLines() {
        List<String> lines = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = action.count(s);
            if (n > 0) {
                lines.add(Messages.Summary_Severity(s.id(), n));
            }
        }
        return lines;
    }

    /** A line about findings suppressed by waivers, or empty when there were none. */
    public String getSuppressedLine() {
        int n = action.getSuppressed();
        return n == 0 ? "" : Messages.Summary_Suppressed(n);
    }

    /** The scanned image IDs. */
    public List<String> getImageIds() {
        return action.getImageIds();
    }

    /** A line about managed environment variables, or empty when there were none. */
    public String getManagedLine() {
        int n = action.getManagedVariables();
        return n == 0 ? "" : Messages.Summary_Managed(n);
    }

    /** A line about coverage gaps, or empty when there were none. */
    public String getCoverageLine() {
        int n = action.getCoverageGaps();
        return n == 0 ? "" : Messages.Summary_CoverageGaps(n);
    }

    /** The action's URL relative to the build page. */
    public String getUrl() {
        return action.getUrlName();
    }
}
