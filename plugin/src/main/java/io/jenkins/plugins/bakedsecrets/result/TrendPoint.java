package io.jenkins.plugins.bakedsecrets.result;

import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one build for the job trend: every scan of the build summed, per severity (worst first), and how
 * many of them valid waivers suppress.
 *
 * @param number the build number
 * @param name the build's display name
 * @param url the first scan's panel, relative to the Jenkins root
 * @param counts findings per severity, worst first ({@link Severity#values()} order)
 * @param waived findings a valid waiver suppresses (they are counted in {@code counts} too)
 */
public record TrendPoint(int number, String name, String url, List<Integer> counts, int waived) {
    /** Validates components. */
    public TrendPoint {
        counts = List.copyOf(counts);
        if (counts.size() != Severity.values().length) {
            throw new IllegalArgumentException("one count per severity");
        }
    }

    /** The point of a build with at least one scan. */
    static TrendPoint of(Run<?, ?> run, List<ImageSecretsAction> scans) {
        List<Integer> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            counts.add(scans.stream().mapToInt(a -> a.count(s)).sum());
        }
        int waived = scans.stream().mapToInt(ImageSecretsAction::getSuppressed).sum();
        ImageSecretsAction first = scans.get(0);
        return new TrendPoint(run.getNumber(), run.getDisplayName(), run.getUrl() + first.getUrlName() + "/", counts,
                waived);
    }

    /** Findings of every severity. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
