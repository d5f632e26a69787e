package io.jenkins.plugins.bakedsecrets;

import hudson.model.Api;
import hudson.model.Run;
import jenkins.model.RunAction2;

/**
 * What every action this plugin stores on a build shares: the build it belongs to, set again after loading (the
 * reference is transient, so build.xml holds only the subclass's own plain fields), and its remote API. Subclasses
 * are {@code @ExportedBean}s.
 */
public abstract class BuildAction implements RunAction2 {
    private transient Run<?, ?> owner;

    @Override
    public void onAttached(Run<?, ?> r) {
        owner = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        owner = r;
    }

    /** The build. */
    public Run<?, ?> getOwner() {
        return owner;
    }

    /** Remote API ({@code api/json}). */
    public Api getApi() {
        return new Api(this);
    }
}
