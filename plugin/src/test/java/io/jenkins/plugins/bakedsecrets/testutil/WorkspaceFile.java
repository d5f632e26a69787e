package io.jenkins.plugins.bakedsecrets.testutil;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jvnet.hudson.test.TestBuilder;

/** A freestyle build step that writes one file into the workspace. */
public final class WorkspaceFile extends TestBuilder {
    private final String name;
    private final byte[] content;

    /** Writes {@code content} to {@code name}. */
    public WorkspaceFile(String name, byte[] content) {
        this.name = name;
        this.content = content.clone();
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException {
        build.getWorkspace().child(name).copyFrom(new ByteArrayInputStream(content));
        return true;
    }
}
