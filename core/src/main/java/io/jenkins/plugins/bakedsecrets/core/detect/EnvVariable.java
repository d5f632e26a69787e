package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.Objects;

/**
 * One environment variable. The value may be a secret, so {@link #toString()} shows only its length.
 *
 * @param key the variable name
 * @param value the value, possibly multi-line
 */
public record EnvVariable(String key, String value) {
    /** Validates components. */
    public EnvVariable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("an environment variable needs a name");
        }
    }

    @Override
    public String toString() {
        return "EnvVariable[key=" + key + ", value=<redacted, " + value.length() + " chars>]";
    }
}
