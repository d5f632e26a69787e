package io.jenkins.plugins.bakedsecrets.core.cache;

import java.util.List;

/**
 * What the cache did during a scan.
 *
 * @param hits entries found and used
 * @param misses entries looked for and not found (or stale)
 * @param stored entries written
 * @param rejected entries found but unreadable, corrupt or sealed under another key; they were removed
 * @param evicted entries removed to keep the cache within its size
 * @param problems what went wrong with the cache itself (one line each); a cache problem never fails a scan
 */
public record CacheStatistics(int hits, int misses, int stored, int rejected, int evicted, List<String> problems) {
    /** Copies the problems. */
    public CacheStatistics {
        problems = List.copyOf(problems);
    }
}
