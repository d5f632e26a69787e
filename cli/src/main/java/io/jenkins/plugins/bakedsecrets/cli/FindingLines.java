package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;

/** Describes a finding on one line by id, severity, rule and place; never by value or preview. */
final class FindingLines {
    private FindingLines() {
    }

    /**
     * For example {@code bs1:… critical aws-access-key-id in /app/.env (layer 2, deleted later)}; one printable line
     * whatever the path holds.
     */
    static String describe(Finding f) {
        return PrintableText.of(f.findingId() + " " + f.severity().id() + " " + f.ruleId() + " in "
                + place(f.location()));
    }

    private static String place(Location l) {
        String where = l.kind().id() + " " + l.identity();
        if (l.layerIndex().isEmpty()) {
            return where;
        }
        String hidden = l.deleted() ? ", deleted later" : l.overwritten() ? ", overwritten later" : "";
        return where + " (layer " + l.layerIndex().getAsInt() + hidden + ")";
    }
}
