package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A build's "found elsewhere" page: other builds and images that carried this build's secrets. Not persisted. */
public class BuildExposureAction implements Action {
    private final Run<?, ?> run;

    BuildExposureAction(Run<?, ?> run) {
        this.run = run;
    }

    /** The build. */
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return Messages.BuildExposureAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "baked-secrets-elsewhere";
    }

    /** The page of entries the current request's filter asks for. */
    @Restricted(NoExternalUse.class)
    public ExposurePage getView() throws IOException {
        return ExposurePages.of(getEntries());
    }

    /** For each secret of this build, its sightings in other builds the viewer may read. */
    public List<ExposureEntry> getEntries() throws IOException {
        run.getParent().checkPermission(Item.READ);
        Set<String> fingerprints = new LinkedHashSet<>();
        ExposureRecorder.sightings(run).forEach(r -> fingerprints.add(r.fingerprint()));
        ExposureStore store = ExposureRecorder.store();
        List<SightingRow> elsewhere = new ArrayList<>();
        for (String fp : fingerprints) {
            store.of(fp).stream().filter(r -> !r.of(run.getParent().getFullName(), run.getNumber()))
                    .forEach(elsewhere::add);
        }
        return new ExposureView(new JenkinsFacade()).entries(elsewhere, store.rotations());
    }
}
