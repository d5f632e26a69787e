package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the exposure index in step with builds: adds a finished build's sightings, drops a deleted build's. */
@Extension
public class ExposureListener extends RunListener<Run<?, ?>> {
    private static final Logger LOGGER = Logger.getLogger(ExposureListener.class.getName());

    @Override
    public void onCompleted(Run<?, ?> run, TaskListener listener) {
        try {
            ExposureRecorder.record(run);
        } catch (IOException | RuntimeException e) {
            listener.getLogger().println("baked-secrets: the exposure index was not updated: " + e.getMessage());
        }
    }

    @Override
    public void onDeleted(Run<?, ?> run) {
        try {
            ExposureRecorder.store().purge(run.getParent().getFullName(), run.getNumber());
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot remove " + run + " from the baked-secrets exposure index", e);
        }
    }
}
