package io.jenkins.plugins.bakedsecrets.core.cache;

import java.util.List;
import java.util.Optional;

/**
 * What the cache did during a scan.
 *
 * @param hits entries found and used
 * @param misses entries looked for and not found (or stale)
 * @param stored entries written
 * @param rejected entries found but unreadable, corrupt or sealed under another key; they were removed
 * @param evicted entries removed to keep the cache within its size
 * @param problems what went wrong with the cache itself (one line each, the first few of them); a cache problem
 *     never fails a scan
 * @param problemCount how many problems there were in all
 */
public record CacheStatistics(int hits, int misses, int stored, int rejected, int evicted, List<String> problems,
                              int problemCount) {
    /** Copies the problems. */
    public CacheStatistics {
        problems = List.copyOf(problems);
        problemCount = Math.max(problemCount, problems.size());
    }

    /**
     * All problems as one warning line, for a log: the first, and how many more there were. Empty when the cache
     * worked, or was off by choice.
     */
    public Optional<String> warning() {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        int more = problemCount - 1;
        return Optional.of(more == 0 ? problems.get(0)
                : problems.get(0) + " (and " + more + " more cache problem" + (more == 1 ? ")" : "s)"));
    }
}
