package io.jenkins.plugins.bakedsecrets.core.report;

import java.util.Locale;

/** Whose layers a finding comes from: the base image's, or the image's own. */
public enum Attribution {
    /** A layer inherited from the base image. */
    BASE,
    /** A layer the image itself added. */
    OWN;

    /** The lower-case id used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
