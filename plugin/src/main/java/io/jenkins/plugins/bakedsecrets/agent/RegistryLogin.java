package io.jenkins.plugins.bakedsecrets.agent;

import hudson.util.Secret;
import java.io.Serializable;
import java.util.Objects;

/**
 * A registry username and password on their way to the agent. It is serialised over Remoting inside the scan callable
 * only, never persisted, and its password stays a {@link Secret} until the registry client needs it.
 */
public final class RegistryLogin implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String username;
    private final Secret password;

    /** A login from a username and password. */
    public RegistryLogin(String username, Secret password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
    }

    /** The username. */
    public String getUsername() {
        return username;
    }

    /** The password. */
    public Secret getPassword() {
        return password;
    }

    @Override
    public String toString() {
        return "RegistryLogin[" + username + ", ****]";
    }
}
