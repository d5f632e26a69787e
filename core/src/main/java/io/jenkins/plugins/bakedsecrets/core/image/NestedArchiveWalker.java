package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.image.GuardedStream.LimitExceededException;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reports a file to the visitor, or, when it is an archive, the files inside it (recursively, within the limits).
 * Whatever a nested archive does wrong becomes a coverage gap; the layer walk goes on.
 */
final class NestedArchiveWalker {
    private final WalkLimits limits;
    private final LayerVisitor visitor;

    NestedArchiveWalker(WalkLimits limits, LayerVisitor visitor) {
        this.limits = limits;
        this.visitor = visitor;
    }

    /**
     * Reports one file found at archive depth {@code depth} (0: directly in the layer).
     *
     * @param content the file's bytes; not closed
     */
    void file(String path, long size, InputStream content, int depth) throws IOException {
        ArchiveKind kind = ArchiveKind.byName(LayerPaths.baseName(path));
        if (kind == ArchiveKind.NONE) {
            visitor.file(path, size, new GuardedStream(content, Long.MAX_VALUE, Integer.MAX_VALUE, () -> 0));
            return;
        }
        BufferedInputStream in = new BufferedInputStream(new GuardedStream(content, Long.MAX_VALUE,
                Integer.MAX_VALUE, () -> 0), ArchiveKind.HEAD_BYTES * 2);
        in.mark(ArchiveKind.HEAD_BYTES);
        byte[] head = in.readNBytes(ArchiveKind.HEAD_BYTES);
        in.reset();
        if (!kind.confirmedBy(head)) {
            // Named like an archive but is not one: scan it as the plain file it is.
            visitor.file(path, size, in);
            return;
        }
        if (depth == 0) {
            visitor.otherEntry(path);
        }
        if (depth + 1 > limits.maxArchiveDepth()) {
            visitor.gap(Reason.SKIPPED_DEPTH, path, "archive nested deeper than " + limits.maxArchiveDepth());
            return;
        }
        archive(path, kind, in, depth + 1);
    }

    private void archive(String path, ArchiveKind kind, InputStream in, int depth) throws IOException {
        GuardedStream whole = null;
        try {
            switch (kind) {
                case ZIP -> zip(path, in, depth);
                case TAR -> tar(path, in, depth);
                case TAR_GZ -> {
                    GzipCompressorInputStream gz = new GzipCompressorInputStream(in, true);
                    whole = new GuardedStream(gz, Long.MAX_VALUE, limits.maxCompressionRatio(), gz::getCompressedCount);
                    tar(path, whole, depth);
                }
                default -> {
                    GzipCompressorInputStream gz = new GzipCompressorInputStream(in, true);
                    String base = LayerPaths.baseName(path);
                    entry(path + "!/" + base.substring(0, base.length() - 3), -1, gz, gz::getCompressedCount,
                            depth);
                }
            }
        } catch (LimitExceededException e) {
            if (!e.from(whole)) {
                throw e;
            }
            visitor.gap(e.reason(), path, e.getMessage() + "; rest of archive skipped");
        } catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | ArithmeticException e) {
            visitor.gap(Reason.UNREADABLE, path, "cannot read " + kind.name().toLowerCase(Locale.ROOT)
                    + " archive: " + Digests.safeMessage(e));
        }
    }

    private void zip(String path, InputStream in, int depth) throws IOException {
        // Streaming read; stored entries followed by data descriptors are allowed, as some build tools write them.
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        int count = 0;
        for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (++count > limits.maxEntriesPerArchive()) {
                visitor.gap(Reason.SKIPPED_LIMIT, path, "more than " + limits.maxEntriesPerArchive()
                        + " entries; rest of archive skipped");
                return;
            }
            if (e.isDirectory()) {
                continue;
            }
            String inner = path + "!" + LayerPaths.normalise(e.getName());
            if (!zip.canReadEntryData(e)) {
                boolean encrypted = e.getGeneralPurposeBit().usesEncryption();
                visitor.gap(encrypted ? Reason.ENCRYPTED : Reason.UNREADABLE, inner,
                        encrypted ? "encrypted zip entry" : "unsupported zip compression method " + e.getMethod());
            } else if (e.getSize() > limits.maxNestedEntryBytes()) {
                visitor.gap(Reason.SKIPPED_SIZE, inner, "larger than " + limits.maxNestedEntryBytes() + " bytes");
                if (e.getCompressedSize() > 0 && e.getSize() / e.getCompressedSize() > limits.maxCompressionRatio()) {
                    // Skipping it would mean inflating the bomb; give up on this archive instead.
                    visitor.gap(Reason.SKIPPED_LIMIT, path, "compression ratio above " + limits.maxCompressionRatio()
                            + " (possible archive bomb); rest of archive skipped");
                    return;
                }
            } else if (!entry(inner, e.getSize(), zip, zip::getCompressedCount, depth)) {
                return;
            }
        }
    }

    private void tar(String path, InputStream in, int depth) throws IOException {
        LayerTarInputStream tar = LayerTarInputStream.over(in);
        int count = 0;
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            if (++count > limits.maxEntriesPerArchive()) {
                visitor.gap(Reason.SKIPPED_LIMIT, path, "more than " + limits.maxEntriesPerArchive()
                        + " entries; rest of archive skipped");
                return;
            }
            if (!LayerPaths.isRegular(e)) {
                continue;
            }
            String inner = path + "!" + LayerPaths.normalise(e.getName());
            if (tar.unreadable().isPresent()) {
                visitor.gap(Reason.UNREADABLE, inner, tar.unreadable().get());
            } else if (e.getSize() > limits.maxNestedEntryBytes()) {
                visitor.gap(Reason.SKIPPED_SIZE, inner, "larger than " + limits.maxNestedEntryBytes() + " bytes");
            } else if (!entry(inner, e.getSize(), tar, () -> 0, depth)) {
                return;
            }
        }
    }

    /** Reports one entry under its own guard; false when the archive should be abandoned (bomb). */
    private boolean entry(String path, long size, InputStream in, LongSupplier compressed,
                          int depth) throws IOException {
        GuardedStream guard = new GuardedStream(in, limits.maxNestedEntryBytes(), limits.maxCompressionRatio(),
                compressed);
        try {
            file(path, size, guard, depth);
        } catch (LimitExceededException e) {
            if (!e.from(guard)) {
                throw e;
            }
        }
        LimitExceededException tripped = guard.tripped();
        if (tripped == null) {
            return true;
        }
        visitor.gap(tripped.reason(), path, tripped.getMessage());
        return tripped.reason() != Reason.SKIPPED_LIMIT;
    }
}
