package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.EnvVariable;
import java.util.List;
import java.util.Objects;

/**
 * A CI build environment to scan.
 *
 * @param name how the report names it, for example the file it was read from
 * @param variables the variables; their values are never printed
 */
public record CiEnvironmentInput(String name, List<EnvVariable> variables) {
    /** Validates components. */
    public CiEnvironmentInput {
        Objects.requireNonNull(name, "name");
        variables = List.copyOf(variables);
    }

    @Override
    public String toString() {
        return "CiEnvironmentInput[" + name + ", " + variables.size() + " variables]";
    }
}
