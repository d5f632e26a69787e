package io.jenkins.plugins.bakedsecrets.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import java.util.List;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Fills credentials drop-downs as the credentials plugin's consumer guide recommends: users who cannot configure the
 * item (or use its credentials) see only the current value, and listing runs as the item's build authentication.
 */
public final class CredentialsListing {
    private final JenkinsFacade jenkins;

    /** A listing using the given facade for controller-level permission checks. */
    public CredentialsListing(JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    /** The credentials of {@code type} usable by {@code item}, with an empty choice and the current value. */
    public ListBoxModel fill(Item item, String currentValue, Class<? extends StandardCredentials> type) {
        String current = Util.fixNull(currentValue);
        StandardListBoxModel result = new StandardListBoxModel();
        if (item == null) {
            if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
                return result.includeCurrentValue(current);
            }
        } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return result.includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(authenticationOf(item), item, type, List.of(), CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }
}
