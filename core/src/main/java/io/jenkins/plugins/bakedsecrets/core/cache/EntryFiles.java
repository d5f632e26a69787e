package io.jenkins.plugins.bakedsecrets.core.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The files of a cache directory: {@code entries/} holds one file per entry, {@code tmp/} entries being written.
 * An entry is written to a temporary file and renamed into place, so a reader (another process too) sees a whole
 * entry or none; a crash leaves at most a temporary file, which a later open removes. Reading an entry marks it
 * used (its modification time), which is the order eviction follows.
 */
final class EntryFiles {
    private static final String CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This file marks a cache directory of baked-secrets (https://bford.info/cachedir/).\n";
    private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

    private final Path entries;
    private final Path temporary;
    private final long maxBytes;

    private EntryFiles(Path entries, Path temporary, long maxBytes) {
        this.entries = entries;
        this.temporary = temporary;
        this.maxBytes = maxBytes;
    }

    /** Prepares the directory (owner-only where the file system has permissions). */
    static EntryFiles prepare(Path directory, long maxBytes) throws IOException {
        Files.createDirectories(directory, CacheKeyFile.ownerOnly(directory, true));
        Path entries = Files.createDirectories(directory.resolve("entries"), CacheKeyFile.ownerOnly(directory, true));
        Path temporary = Files.createDirectories(directory.resolve("tmp"), CacheKeyFile.ownerOnly(directory, true));
        Path tag = directory.resolve("CACHEDIR.TAG");
        if (!Files.exists(tag)) {
            Files.writeString(tag, CACHEDIR_TAG, StandardCharsets.US_ASCII);
        }
        EntryFiles files = new EntryFiles(entries, temporary, maxBytes);
        files.removeStaleTemporaries();
        return files;
    }

    /** The entry's bytes, or empty when there is none (or it is larger than the whole cache may be). */
    Optional<byte[]> read(String name) throws IOException {
        Path file = entries.resolve(name);
        try {
            if (Files.size(file) > Math.min(maxBytes, Integer.MAX_VALUE - 64)) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            markUsed(file);
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Marks an entry used for eviction order. Only an order: when the entry vanished meanwhile (another scan evicted
     * it), the bytes already read are still good.
     */
    private static void markUsed(Path file) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (NoSuchFileException e) {
            // evicted by another scan after it was read; nothing to mark
        }
    }

    /** Writes an entry atomically; false when it alone is larger than the cache may be. */
    boolean write(String name, byte[] bytes) throws IOException {
        if (bytes.length > maxBytes) {
            return false;
        }
        Path temp = Files.createTempFile(temporary, name.substring(0, 16), ".tmp",
                CacheKeyFile.ownerOnly(temporary, false));
        try {
            Files.write(temp, bytes);
            Files.move(temp, entries.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    void delete(String name) throws IOException {
        Files.deleteIfExists(entries.resolve(name));
    }

    /** Removes least recently used entries until the rest fit; returns how many were removed. */
    synchronized int evict() throws IOException {
        List<Path> files = new ArrayList<>();
        List<BasicFileAttributes> attributes = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(entries)) {
            for (Path p : all) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.add(p);
                    attributes.add(a);
                    total += a.size();
                } catch (NoSuchFileException e) {
                    // removed meanwhile by another scan's eviction: no longer counts
                }
            }
        }
        if (total <= maxBytes) {
            return 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> attributes.get(i).lastModifiedTime()));
        int removed = 0;
        for (int i : order) {
            if (total <= maxBytes) {
                break;
            }
            Files.deleteIfExists(files.get(i));
            total -= attributes.get(i).size();
            removed++;
        }
        return removed;
    }

    private void removeStaleTemporaries() throws IOException {
        Instant before = Instant.now().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(temporary)) {
            for (Path p : all) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
