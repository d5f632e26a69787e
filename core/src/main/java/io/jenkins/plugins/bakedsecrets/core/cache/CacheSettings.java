package io.jenkins.plugins.bakedsecrets.core.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the layer cache lives, how large it may grow, and whether it is used at all.
 *
 * @param directory the cache directory (created with owner-only permissions when missing)
 * @param maxBytes the most bytes its entries may take; least recently used entries go first beyond that
 * @param enabled false to scan every layer and store nothing
 */
public record CacheSettings(Path directory, long maxBytes, boolean enabled) {
    /** Default size bound: a layer's entry is typically well under a megabyte, so this holds hundreds of layers. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    /** Name of the cache directory under the user's cache home. */
    public static final String DIRECTORY_NAME = "baked-secrets";

    /** Validates components. */
    public CacheSettings {
        Objects.requireNonNull(directory, "directory");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the cache size must be positive");
        }
    }

    /** No cache. */
    public static CacheSettings disabled() {
        return new CacheSettings(Path.of(""), DEFAULT_MAX_BYTES, false);
    }

    /** A cache in {@code directory} with the default size bound. */
    public static CacheSettings in(Path directory) {
        return new CacheSettings(directory, DEFAULT_MAX_BYTES, true);
    }

    /**
     * The per-user default, as the XDG base directory specification puts caches: {@code $XDG_CACHE_HOME/baked-secrets}
     * when that variable holds an absolute path, else {@code ~/.cache/baked-secrets}.
     */
    public static Path defaultDirectory(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(DIRECTORY_NAME);
        }
        return home.resolve(".cache").resolve(DIRECTORY_NAME);
    }
}
