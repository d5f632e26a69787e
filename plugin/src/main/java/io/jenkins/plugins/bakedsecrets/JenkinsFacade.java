package io.jenkins.plugins.bakedsecrets;

import hudson.ExtensionList;
import hudson.PluginWrapper;
import hudson.model.Item;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.File;
import java.util.List;
import java.util.Optional;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

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

    /** Throws {@code AccessDeniedException3} unless the current user has the permission on the controller. */
    public void checkPermission(Permission permission) {
        Jenkins.get().checkPermission(permission);
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

    /** True when security is on; approvals are refused while it is off, since no one is authenticated. */
    public boolean isUseSecurity() {
        return Jenkins.get().isUseSecurity();
    }

    /** The authentication of the current request or thread, never a request parameter. */
    public Authentication authentication() {
        return Jenkins.getAuthentication2();
    }

    /** How the security realm compares user ids (case sensitivity). */
    public IdStrategy userIdStrategy() {
        return securityRealm().getUserIdStrategy();
    }

    /** How the security realm compares group names. */
    public IdStrategy groupIdStrategy() {
        return securityRealm().getGroupIdStrategy();
    }

    /** The controller's home directory. */
    public File rootDir() {
        return Jenkins.get().getRootDir();
    }

    /** The item with this full name when it exists and the current user may see it. */
    public Optional<Item> item(String fullName) {
        return Optional.ofNullable(Jenkins.get().getItemByFullName(fullName));
    }

    /** The registered extensions of a type, in ordinal order. */
    public <T> List<T> extensions(Class<T> type) {
        return List.copyOf(ExtensionList.lookup(type));
    }

    private static SecurityRealm securityRealm() {
        return Jenkins.get().getSecurityRealm();
    }
}
