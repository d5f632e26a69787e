package io.jenkins.plugins.bakedsecrets.core.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule metadata known to the report writers, by rule id. The detector registry provides it; rules it does not
 * know fall back to the finding's title and a generic help text.
 */
public final class RuleDescriptions {
    /** Help shown for every secret, whatever the rule. */
    static final String GENERIC_HELP = "Rotate the secret first: anyone who pulled the image has it. Then rebuild "
            + "the image without it (build secrets or multi-stage builds). Deleting the file in a later layer does "
            + "not remove it: every layer ships with the image, and the deleted file stays readable in its layer.";

    private final Map<String, RuleDescription> rules;

    private RuleDescriptions(Map<String, RuleDescription> rules) {
        this.rules = rules;
    }

    /** Descriptions of the given rules; a later duplicate id replaces an earlier one. */
    public static RuleDescriptions of(Collection<RuleDescription> descriptions) {
        Map<String, RuleDescription> map = new LinkedHashMap<>();
        for (RuleDescription d : descriptions) {
            map.put(d.id(), d);
        }
        return new RuleDescriptions(Map.copyOf(map));
    }

    /** No descriptions: every rule falls back to its finding's title. */
    public static RuleDescriptions empty() {
        return new RuleDescriptions(Map.of());
    }

    /** The description of a rule, when known. */
    public Optional<RuleDescription> find(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** The description of a rule, or one made from the finding title when the rule is unknown. */
    public RuleDescription describe(String ruleId, String fallbackTitle) {
        return find(ruleId).orElseGet(() -> new RuleDescription(ruleId, fallbackTitle,
                fallbackTitle + " found in the image.", GENERIC_HELP, List.of()));
    }
}
