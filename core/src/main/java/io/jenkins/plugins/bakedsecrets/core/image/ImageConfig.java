package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an OCI/Docker image config that the scanner reads.
 *
 * @param env {@code config.Env} entries, {@code KEY=VALUE}
 * @param labels {@code config.Labels}
 * @param entrypoint {@code config.Entrypoint}
 * @param cmd {@code config.Cmd}
 * @param history the history, in order
 * @param diffIds {@code rootfs.diff_ids}, bottom layer first
 * @param platform platform of the config ({@code os}, {@code architecture}, {@code variant}), when given
 */
public record ImageConfig(List<String> env, Map<String, String> labels, List<String> entrypoint, List<String> cmd,
                          List<HistoryEntry> history, List<String> diffIds, Optional<Platform> platform) {
    /** Copies collections. */
    public ImageConfig {
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        history = List.copyOf(history);
        diffIds = List.copyOf(diffIds);
        Objects.requireNonNull(platform, "platform");
    }
}
