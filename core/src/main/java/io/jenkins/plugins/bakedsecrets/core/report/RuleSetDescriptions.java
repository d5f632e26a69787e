package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.detect.Rule;
import io.jenkins.plugins.bakedsecrets.core.detect.RuleSet;
import io.jenkins.plugins.bakedsecrets.core.scan.RegistryExposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Describes the rules of a {@link RuleSet} for SARIF rule metadata and the findings panel. */
public final class RuleSetDescriptions {
    private static final String REMEDIATION = "Rotate the credential first: anyone who pulled the image has it. "
            + "Then rebuild the image without it (use build secrets or runtime injection instead of COPY, ENV or "
            + "ARG). Deleting the file in a later layer does not remove it: every layer ships with the image.";

    /** Not a detector rule: the scanner adds it to a registry image with findings that anyone can pull. */
    static final RuleDescription ANONYMOUS_PULL = new RuleDescription(RegistryExposure.ANONYMOUS_PULL_RULE,
            RegistryExposure.ANONYMOUS_PULL_TITLE, RegistryExposure.ANONYMOUS_PULL_TITLE + ". The registry serves the "
            + "image to clients without credentials, so it hands every secret in the image to anyone who asks.",
            "Rotate the image's secrets, then restrict pulls of the repository to authenticated clients or rebuild "
            + "the image without the secrets.", List.of("security", "secret", "exposure"));

    private RuleSetDescriptions() {
    }

    /** One description per rule: its title, why it has its severity, and what to do about a finding. */
    public static RuleDescriptions of(RuleSet rules) {
        List<RuleDescription> descriptions = new ArrayList<>();
        for (Rule r : rules.rules()) {
            descriptions.add(new RuleDescription(r.id(), r.title(), r.title() + ". " + r.reason(), REMEDIATION,
                    List.of("security", "secret", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        descriptions.add(ANONYMOUS_PULL);
        return RuleDescriptions.of(descriptions);
    }
}
