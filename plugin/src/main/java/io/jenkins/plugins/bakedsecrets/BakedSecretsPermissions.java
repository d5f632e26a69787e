package io.jenkins.plugins.bakedsecrets;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import jenkins.model.Jenkins;

/**
 * The plugin's own permissions. Both are implied by Overall/Administer, as Jenkins expects of every permission, but
 * holding {@link #APPROVE} is necessary and not sufficient: the approval step also checks its {@code submitter} list
 * and separation of duties, and an administrator gets no bypass unless the global configuration allows it.
 */
public final class BakedSecretsPermissions {
    /** The permission group shown in authorization matrices. */
    public static final PermissionGroup GROUP = new PermissionGroup(BakedSecretsPermissions.class,
            Messages._BakedSecretsPermissions_Group());

    /** May decide an {@code approveImagePromotion} step of a job (grantable per folder or job). */
    public static final Permission APPROVE = new Permission(GROUP, "Approve",
            Messages._BakedSecretsPermissions_Approve(), Jenkins.ADMINISTER, PermissionScope.ITEM);

    /** May mark a secret fingerprint as rotated in the instance-wide exposure view. */
    public static final Permission ROTATE = new Permission(GROUP, "Rotate",
            Messages._BakedSecretsPermissions_Rotate(), Jenkins.ADMINISTER, PermissionScope.JENKINS);

    private BakedSecretsPermissions() {
    }

    /**
     * Loads this class, and so registers the permissions, before the system configuration is read: an authorization
     * strategy naming them must find them, and matrices must list them even before any approval ran.
     */
    @Initializer(before = InitMilestone.SYSTEM_CONFIG_LOADED)
    public static void register() {
        // Reading a field is enough: class initialisation creates and registers both permissions.
        java.util.Objects.requireNonNull(ROTATE, "permissions registered");
    }
}
