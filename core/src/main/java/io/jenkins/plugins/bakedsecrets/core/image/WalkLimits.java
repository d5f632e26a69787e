package io.jenkins.plugins.bakedsecrets.core.image;

/**
 * Hard limits for walking untrusted layers. What exceeds a limit is skipped and reported as a coverage gap, never
 * silently dropped and never allowed to exhaust memory or disk.
 *
 * @param maxArchiveDepth how many archives deep to look inside archives (1: archives in layers, not archives in those)
 * @param maxNestedEntryBytes largest decompressed archive entry scanned
 * @param maxEntriesPerArchive most entries read from one nested archive
 * @param maxCompressionRatio largest decompressed/compressed ratio accepted for a nested entry (bomb guard)
 */
public record WalkLimits(int maxArchiveDepth, long maxNestedEntryBytes, int maxEntriesPerArchive,
                         int maxCompressionRatio) {
    /** Defaults suited to real images. */
    public static final WalkLimits DEFAULT = new WalkLimits(4, 256L * 1024 * 1024, 100_000, 200);

    /** Validates components. */
    public WalkLimits {
        if (maxArchiveDepth < 0 || maxNestedEntryBytes <= 0 || maxEntriesPerArchive <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("walk limits must be positive");
        }
    }
}
