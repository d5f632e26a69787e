package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.listeners.ItemListener;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the exposure index keyed to jobs as they move: a renamed or moved job keeps its sightings under its new name
 * (Jenkins reports each job inside a moved folder too); a deleted job or folder takes its sightings with it; and a
 * job created under a name that once held another starts with none, so it never inherits another job's history.
 */
@Extension
public class ExposureItemListener extends ItemListener {
    private static final Logger LOGGER = Logger.getLogger(ExposureItemListener.class.getName());

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        if (item instanceof Job<?, ?>) {
            change(() -> ExposureRecorder.store().relocate(oldFullName, newFullName), item);
        }
    }

    @Override
    public void onDeleted(Item item) {
        change(() -> ExposureRecorder.store().purgeJob(item.getFullName()), item);
    }

    @Override
    public void onCreated(Item item) {
        change(() -> ExposureRecorder.store().purgeJob(item.getFullName()), item);
    }

    @Override
    public void onCopied(Item src, Item item) {
        change(() -> ExposureRecorder.store().purgeJob(item.getFullName()), item);
    }

    private static void change(StoreChange change, Item item) {
        try {
            change.run();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot update the baked-secrets exposure index for " + item.getFullName(), e);
        }
    }

    /** One change to the store. */
    @FunctionalInterface
    private interface StoreChange {
        void run() throws IOException;
    }
}
