package io.jenkins.plugins.bakedsecrets.core.report;

import java.util.Locale;

/** How a finding relates to the reference build and to waivers, as the report shows it. */
public enum FindingStatus {
    /** Not present in the reference build. */
    NEW,
    /** Present in the reference build as well. */
    OUTSTANDING,
    /** Accepted by a waiver; SARIF marks it suppressed. */
    WAIVED;

    /** The lower-case id used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
