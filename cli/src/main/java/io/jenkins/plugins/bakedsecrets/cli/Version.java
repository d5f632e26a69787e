package io.jenkins.plugins.bakedsecrets.cli;

import picocli.CommandLine;

/** The version from the jar manifest (the Maven project version), or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    /** Tool name recorded in reports. */
    static final String NAME = "baked-secrets";

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {NAME + " " + current()};
    }
}
