package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSources;
import io.jenkins.plugins.bakedsecrets.core.image.TargetSelector;
import java.io.IOException;

/** Opens image references for the CLI. */
final class Sources {
    private Sources() {
    }

    static ImageSource open(String reference, TargetSelector selector) throws IOException {
        return ImageSources.open(ImageReference.parse(reference), selector);
    }
}
