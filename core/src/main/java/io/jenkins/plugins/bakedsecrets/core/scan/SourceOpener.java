package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import java.io.IOException;

/** Opens an image reference; the CLI and the plugin supply one that knows their registry credentials. */
@FunctionalInterface
public interface SourceOpener {
    /** Opens the image named by {@code reference} (transport syntax). */
    ImageSource open(String reference, TargetSelector selector) throws IOException;
}
