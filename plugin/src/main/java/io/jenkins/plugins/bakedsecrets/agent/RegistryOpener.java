package io.jenkins.plugins.bakedsecrets.agent;

import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.registry.Credentials;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryOptions;
import io.jenkins.plugins.bakedsecrets.core.scan.SourceOpener;
import java.io.File;
import java.util.Optional;

/**
 * Builds the agent-side {@link SourceOpener}: local references are resolved against the workspace, and
 * {@code docker://} references use the registry login when one is given.
 *
 * <p>INTEGRATION POINT: the registry client of core ({@code core.image.registry}) was written in parallel with this
 * plugin. This class assumes an {@code ImageSources.open(ImageReference, TargetSelector, RegistryOptions)} overload;
 * align the single call in {@link #withLogin} with the final core API. Nothing else in the plugin touches it.
 */
final class RegistryOpener {
    private RegistryOpener() {
    }

    /** An opener for images referenced from the given workspace. */
    static SourceOpener create(File workspace, Optional<RegistryLogin> login) {
        if (login.isEmpty()) {
            return (reference, selector) -> ImageSources.open(
                    ImageReference.parse(WorkspacePaths.resolve(reference, workspace)), selector);
        }
        return withLogin(workspace, login.get());
    }

    private static SourceOpener withLogin(File workspace, RegistryLogin login) {
        RegistryOptions options = RegistryOptions.builder()
                .credentials(Credentials.basic(login.getUsername(), login.getPassword().getPlainText()))
                .build();
        return (reference, selector) -> ImageSources.open(
                ImageReference.parse(WorkspacePaths.resolve(reference, workspace)), selector, options);
    }
}
