package io.jenkins.plugins.bakedsecrets.core.finding;

import java.util.Locale;

/** How bad a finding is; declared from worst to least so that ordinal order is severity order. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The lower-case name used in reports, policies and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as bad as, or worse than, {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses a severity id such as {@code high}; throws {@link IllegalArgumentException} naming the bad value. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected critical, high, medium, low or info)");
    }
}
