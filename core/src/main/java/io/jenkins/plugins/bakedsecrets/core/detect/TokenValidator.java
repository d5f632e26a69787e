package io.jenkins.plugins.bakedsecrets.core.detect;

/** An offline check of a candidate secret's structure, such as a token checksum; it never contacts a service. */
@FunctionalInterface
public interface TokenValidator {
    /** True when the candidate has the structure a real secret of this kind has. */
    boolean isValid(String candidate);
}
