package io.jenkins.plugins.bakedsecrets.credentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.util.Objects;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One credential whose value the scanner searches for, as a repeatable entry of the freestyle form (a form cannot bind
 * a plain list of strings). Secret text, username/password, secret file and SSH key credentials are supported.
 */
public class KnownSecretCredential extends AbstractDescribableImpl<KnownSecretCredential> {
    private String credentialsId;

    /** An entry naming a credentials id. */
    @DataBoundConstructor
    public KnownSecretCredential(String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
    }

    /** An entry saved without an id (hand-written XML) has a blank one, which the scan skips. */
    protected Object readResolve() {
        credentialsId = credentialsId == null ? "" : credentialsId.trim();
        return this;
    }

    /** The credentials id. */
    public String getCredentialsId() {
        return credentialsId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnownSecretCredential other && credentialsId.equals(other.credentialsId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(credentialsId);
    }

    @Override
    public String toString() {
        return "KnownSecretCredential[" + credentialsId + "]";
    }

    /** Describes the entry and fills its drop-down. */
    @Extension
    @Symbol("knownSecret")
    public static class DescriptorImpl extends Descriptor<KnownSecretCredential> {
        @Override
        public String getDisplayName() {
            return Messages.KnownSecretCredential_DisplayName();
        }

        /** The credentials the item may use. */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item,
                                                     @QueryParameter String credentialsId) {
            return new CredentialsListing(new JenkinsFacade()).fill(item, credentialsId, StandardCredentials.class);
        }
    }
}
