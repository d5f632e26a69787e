package io.jenkins.plugins.bakedsecrets.core.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about a rule: SARIF rule metadata and the HTML panel's remediation text.
 *
 * @param id stable rule id
 * @param title short human title
 * @param description one or two sentences on what the rule finds
 * @param help what to do about a finding (plain text)
 * @param tags extra tags, for example {@code cloud} or {@code private-key}
 */
public record RuleDescription(String id, String title, String description, String help, List<String> tags) {
    /** Validates and copies components. */
    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
        tags = List.copyOf(tags);
    }
}
