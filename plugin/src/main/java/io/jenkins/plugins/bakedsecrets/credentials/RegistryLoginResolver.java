package io.jenkins.plugins.bakedsecrets.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.agent.RegistryLogin;
import java.util.Optional;

/** Resolves the registry credentials id of a scan into a login that can travel to the agent. */
public final class RegistryLoginResolver {
    /** The login for the id, recording its use; empty when no id is given; fails on an unknown id. */
    public Optional<RegistryLogin> resolve(Optional<String> id, Run<?, ?> run) throws AbortException {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        StandardUsernamePasswordCredentials c = CredentialsProvider.findCredentialById(id.get(),
                StandardUsernamePasswordCredentials.class, run);
        if (c == null) {
            throw new AbortException(Messages.RegistryCredentials_NotFound(id.get()));
        }
        CredentialsProvider.track(run, c);
        return Optional.of(new RegistryLogin(c.getUsername(), c.getPassword()));
    }
}
