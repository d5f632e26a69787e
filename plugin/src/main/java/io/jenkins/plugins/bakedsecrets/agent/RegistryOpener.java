package io.jenkins.plugins.bakedsecrets.agent;

import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.daemon.DockerHost;
import io.jenkins.plugins.bakedsecrets.core.image.registry.Credentials;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryOptions;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageOpener;
import io.jenkins.plugins.bakedsecrets.core.scan.SourceOpener;
import java.io.File;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the agent-side {@link SourceOpener}: local references are resolved against the workspace (and reported as
 * written), {@code docker://}
 * references use the registry login when one is given, and {@code docker-daemon:} references use the agent's
 * {@code DOCKER_HOST}. Engine exports are spooled into the workspace's temporary directory, never the controller's.
 */
final class RegistryOpener {
    private RegistryOpener() {
    }

    /** An opener for images referenced from the given workspace. */
    static SourceOpener create(File workspace, File exportDirectory, Optional<RegistryLogin> login,
                               Map<String, String> environment) {
        RegistryOptions.Builder options = RegistryOptions.builder();
        login.ifPresent(l -> options.credentials(Credentials.basic(l.getUsername(),
                l.getPassword().getPlainText())));
        ImageOpener opener = new ImageOpener(options.build(),
                Optional.of(DockerHost.fromEnvironment(environment)), exportDirectory.toPath());
        return (reference, selector) -> {
            String resolved = WorkspacePaths.resolve(reference, workspace);
            ImageSource source = opener.open(resolved, selector);
            return resolved.equals(reference) ? source : new ReferenceAsWritten(source, resolved, reference);
        };
    }
}
