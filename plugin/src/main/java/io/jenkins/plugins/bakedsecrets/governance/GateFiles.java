package io.jenkins.plugins.bakedsecrets.governance;

import hudson.AbortException;
import hudson.FilePath;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads the policy and waiver files a gate names from the workspace, with a size bound (untrusted input). */
public final class GateFiles {
    /** Largest policy or waiver file read. */
    static final int MAX_BYTES = 1024 * 1024;

    private GateFiles() {
    }

    /** The file's bytes, or empty when no path is given; fails when a path is given but cannot be read. */
    public static Optional<byte[]> read(FilePath workspace, String path, String what)
            throws IOException, InterruptedException {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        if (workspace == null) {
            throw new AbortException("the " + what + " file " + path + " needs a workspace: run the gate in a node");
        }
        FilePath file = workspace.child(path);
        if (!file.exists() || file.isDirectory()) {
            throw new AbortException("no " + what + " file at " + path);
        }
        if (file.length() > MAX_BYTES) {
            throw new AbortException("the " + what + " file " + path + " is larger than " + MAX_BYTES + " bytes");
        }
        try (InputStream in = file.read()) {
            return Optional.of(in.readNBytes(MAX_BYTES + 1));
        }
    }

    /** The request of a step or publisher: inline policy text wins over a policy file. */
    public static GateRequest request(FilePath workspace, String policy, String policyFile, String waivers)
            throws IOException, InterruptedException {
        Optional<String> jobPolicy = Optional.ofNullable(policy).filter(p -> !p.isBlank());
        String source = "policy";
        if (jobPolicy.isEmpty()) {
            jobPolicy = read(workspace, policyFile, "policy")
                    .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
            source = policyFile == null ? source : policyFile;
        }
        return new GateRequest(source, jobPolicy, waivers == null ? "waivers" : waivers,
                read(workspace, waivers, "waivers"));
    }
}
