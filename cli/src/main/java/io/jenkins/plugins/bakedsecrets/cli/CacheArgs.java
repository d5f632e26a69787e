package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.cache.CacheSettings;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Layer cache options of {@code scan}: where it is, how large it may grow, or none at all. */
final class CacheArgs {
    private static final long MIB = 1024L * 1024;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Layer cache directory: a rescan reads only "
            + "layers whose results are not stored there (default: $XDG_CACHE_HOME/baked-secrets, else "
            + "~/.cache/baked-secrets).")
    private Path directory;

    @Option(names = "--cache-size", paramLabel = "MIB", description = "Most MiB the layer cache may take; least "
            + "recently used entries are removed beyond that (default: 512).")
    private Long sizeMib;

    @Option(names = "--no-cache", description = "Scan every layer and store nothing.")
    private boolean noCache;

    CacheSettings settings(Map<String, String> environment, Path home) {
        if (noCache && (directory != null || sizeMib != null)) {
            throw new IllegalArgumentException("--no-cache cannot be combined with --cache-dir or --cache-size");
        }
        if (sizeMib != null && (sizeMib < 1 || sizeMib > Long.MAX_VALUE / MIB)) {
            throw new IllegalArgumentException("--cache-size must be a positive number of MiB");
        }
        if (noCache) {
            return CacheSettings.disabled();
        }
        Path dir = directory != null ? directory : CacheSettings.defaultDirectory(environment, home);
        long bytes = sizeMib != null ? sizeMib * MIB : CacheSettings.DEFAULT_MAX_BYTES;
        return new CacheSettings(dir, bytes, true);
    }
}
