package io.jenkins.plugins.bakedsecrets.agent;

import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Node;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The layer cache of the agent that runs a scan: a directory under the agent's root (not the workspace, so that every
 * job on the agent shares it and wiping a workspace keeps it) and its size bound.
 *
 * @param directory the cache directory, as a path on the agent
 * @param maxBytes the most its entries may take
 */
public record AgentCache(String directory, long maxBytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates components. */
    public AgentCache {
        Objects.requireNonNull(directory, "directory");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the cache size must be positive");
        }
    }

    /**
     * The cache of the node that holds {@code workspace}: {@code caches/baked-secrets} under its root, where Jenkins'
     * own tools keep their agent-wide caches. Empty when the node is gone or offline.
     */
    public static Optional<AgentCache> of(FilePath workspace, long maxBytes) {
        Computer computer = workspace.toComputer();
        Node node = computer == null ? null : computer.getNode();
        FilePath root = node == null ? null : node.getRootPath();
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(new AgentCache(root.child("caches").child("baked-secrets").getRemote(), maxBytes));
    }
}
