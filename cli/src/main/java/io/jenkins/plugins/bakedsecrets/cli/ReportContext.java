package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleDescriptions;
import java.util.Objects;

/**
 * What the report writers show beside the scan report itself.
 *
 * @param rules rule help for SARIF and HTML
 * @param annotations governance context for SARIF and HTML (waived findings included)
 * @param suppressions the waivers' effect, for the JSON and text reports
 */
record ReportContext(RuleDescriptions rules, ReportAnnotations annotations, Suppressions suppressions) {
    ReportContext {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(suppressions, "suppressions");
    }
}
