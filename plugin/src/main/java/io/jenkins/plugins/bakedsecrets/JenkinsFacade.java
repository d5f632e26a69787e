package io.jenkins.plugins.bakedsecrets;

import hudson.PluginWrapper;
import hudson.security.Permission;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * The one place that reaches the Jenkins singleton, so that other classes stay testable and the architecture test can
 * forbid {@code Jenkins.get()} everywhere else.
 */
public class JenkinsFacade {
    private static final String SHORT_NAME = "baked-secrets";

    /** True when the current user has the permission on the controller. */
    public boolean hasPermission(Permission permission) {
        return Jenkins.get().hasPermission(permission);
    }

    /** The controller's root URL, when configured. */
    public Optional<String> rootUrl() {
        return Optional.ofNullable(Jenkins.get().getRootUrl());
    }

    /** The version of this plugin, recorded in reports as the tool version. */
    public String pluginVersion() {
        PluginWrapper plugin = Jenkins.get().getPluginManager().getPlugin(SHORT_NAME);
        return plugin == null ? "unknown" : plugin.getVersion();
    }
}
