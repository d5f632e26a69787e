package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.provenance.Exposure;
import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureIndex;
import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureSource;
import io.jenkins.plugins.bakedsecrets.core.provenance.Sighting;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a build's stored reports into sightings (core {@link ExposureIndex}) and keeps the store in step. */
public final class ExposureRecorder {
    private static ExposureStore store;

    private ExposureRecorder() {
    }

    /** The controller's store under {@code JENKINS_HOME/baked-secrets/exposure}. */
    public static synchronized ExposureStore store() {
        File root = new File(new File(new JenkinsFacade().rootDir(), "baked-secrets"), "exposure");
        if (store == null || !store.directory().equals(root)) {
            store = new ExposureStore(root);
        }
        return store;
    }

    /** The sightings of a build's scans; unreadable reports are skipped (the scan's page says why). */
    public static List<SightingRow> sightings(Run<?, ?> run) {
        List<ExposureSource> sources = new ArrayList<>();
        Instant scannedAt = Instant.ofEpochMilli(run.getStartTimeInMillis());
        for (ImageSecretsAction scan : run.getActions(ImageSecretsAction.class)) {
            try {
                sources.add(new ExposureSource(scan.getReport(), Optional.of(run.getExternalizableId()), scannedAt));
            } catch (IOException | ScanException e) {
                // An unreadable report has no sightings to add; the gate fails closed on it separately.
                continue;
            }
        }
        List<SightingRow> rows = new ArrayList<>();
        for (Exposure e : ExposureIndex.build(sources, List.of()).exposures()) {
            for (Sighting s : e.sightings()) {
                rows.add(new SightingRow(e.fingerprint(), run.getParent().getFullName(), run.getNumber(),
                        s.imageId().orElse(""), s.reference(), s.findingId(), s.ruleId(), s.inDeletedLayer(),
                        s.scannedAt().toEpochMilli()));
            }
        }
        return rows;
    }

    /** Records (or re-records) a build's sightings. */
    public static void record(Run<?, ?> run) throws IOException {
        if (run.getActions(ImageSecretsAction.class).isEmpty()) {
            return;
        }
        store().record(run.getParent().getFullName(), run.getNumber(), sightings(run));
    }
}
