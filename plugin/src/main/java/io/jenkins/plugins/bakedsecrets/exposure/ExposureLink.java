package io.jenkins.plugins.bakedsecrets.exposure;

import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.bakedsecrets.BakedSecretsPermissions;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Manage Jenkins → Baked secrets exposure: every secret fingerprint, the builds and images that carried it, whether
 * it sat in a deleted layer, and "mark rotated". Rows are limited to builds the viewer may read.
 */
@Extension
public class ExposureLink extends ManagementLink {
    /** URL name under the Jenkins root. */
    public static final String URL_NAME = "baked-secrets-exposure";
    private static final int MAX_NOTE = 500;

    private final transient JenkinsFacade jenkins = new JenkinsFacade();

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return Messages.ExposureLink_DisplayName();
    }

    @Override
    public String getDescription() {
        return Messages.ExposureLink_Description();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** Overall/Read: the rows are filtered by Item/Read on each build, so the page shows no more than the jobs do. */
    @Override
    public Permission getRequiredPermission() {
        return Jenkins.READ;
    }

    @Override
    public Category getCategory() {
        return Category.SECURITY;
    }

    /** The entries the current user may see. */
    public List<ExposureEntry> getEntries() throws IOException {
        jenkins.checkPermission(Jenkins.READ);
        ExposureStore store = ExposureRecorder.store();
        return new ExposureView(jenkins).entries(store.all(), store.rotations());
    }

    /** The page of entries the current request's filter asks for. */
    @Restricted(NoExternalUse.class)
    public ExposurePage getView() throws IOException {
        return ExposurePages.of(getEntries());
    }

    /** Whether the current user may mark secrets rotated. */
    public boolean isCanRotate() {
        return jenkins.hasPermission(BakedSecretsPermissions.ROTATE);
    }

    /** Records that a secret was rotated, by the authenticated user, now. */
    @RequirePOST
    public HttpResponse doMarkRotated(@QueryParameter String fingerprint, @QueryParameter String note)
            throws IOException {
        jenkins.checkPermission(BakedSecretsPermissions.ROTATE);
        if (fingerprint == null || ExposureRecorder.store().of(fingerprint).isEmpty()) {
            return HttpResponses.errorWithoutStack(400, "unknown fingerprint");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            return HttpResponses.errorWithoutStack(400, "the note is longer than " + MAX_NOTE + " characters");
        }
        ExposureRecorder.store().markRotated(new RotationRow(fingerprint, jenkins.authentication().getName(),
                Clock.systemUTC().millis(), text));
        return HttpResponses.redirectToDot();
    }
}
