package io.jenkins.plugins.bakedsecrets.core.detect;

/** Lets test helpers outside this package ask whether a random draw would read as a placeholder to every rule. */
public final class PlaceholderCheck {
    private PlaceholderCheck() {
    }

    /** Whether the rules would take {@code value} for a placeholder ({@code xxxx}, {@code dummy}, a typed run). */
    public static boolean readsAsPlaceholder(String value) {
        return Placeholders.isPlaceholder(value);
    }
}
