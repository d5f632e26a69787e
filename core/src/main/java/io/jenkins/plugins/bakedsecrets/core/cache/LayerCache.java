package io.jenkins.plugins.bakedsecrets.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A size-bounded store of sealed entries on disk, shared safely by the threads of a scan and by concurrent scans
 * (other processes included). Every failure of the cache itself is recorded as a problem and turns the operation
 * into a miss or a skipped write: a cache makes a scan faster and never makes it fail.
 */
public final class LayerCache {
    private final Optional<EntryFiles> files;
    private final Optional<EntrySeal> seal;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger evicted = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();
    private int problemCount;

    private LayerCache(Optional<EntryFiles> files, Optional<EntrySeal> seal, Optional<String> problem) {
        this.files = files;
        this.seal = seal;
        problem.ifPresent(this::problem);
    }

    /**
     * Opens the cache the settings describe: creates its directory and key when missing. When that fails, or the key
     * may be read by others, the cache is off for this scan and {@link #statistics()} says why.
     */
    public static LayerCache open(CacheSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (!settings.enabled()) {
            return disabled();
        }
        try {
            SecureRandom random = new SecureRandom();
            EntryFiles files = EntryFiles.prepare(settings.directory(), settings.maxBytes());
            EntrySeal seal = new EntrySeal(CacheKeyFile.loadOrCreate(settings.directory(), random), random);
            return new LayerCache(Optional.of(files), Optional.of(seal), Optional.empty());
        } catch (IOException | GeneralSecurityException | UnsupportedOperationException | SecurityException e) {
            return new LayerCache(Optional.empty(), Optional.empty(), Optional.of("layer cache "
                    + settings.directory() + " not used: " + oneLine(e)));
        }
    }

    /** A cache that holds nothing and stores nothing. */
    public static LayerCache disabled() {
        return new LayerCache(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True when entries are read and written. */
    public boolean enabled() {
        return files.isPresent();
    }

    /** A builder for the name of an entry; only meaningful when {@link #enabled()}. */
    public EntryKey.Builder key() {
        try {
            return new EntryKey.Builder(seal.orElseThrow(() -> new IllegalStateException("cache is disabled"))
                    .nameMac());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The entry's payload when present and intact; a damaged entry is removed and counts as rejected. */
    public Optional<byte[]> read(EntryKey key) {
        if (!enabled()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> sealed = files.get().read(key.fileName());
            if (sealed.isEmpty()) {
                misses.incrementAndGet();
                return Optional.empty();
            }
            byte[] payload = seal.get().open(key.fileName(), sealed.get());
            hits.incrementAndGet();
            return Optional.of(payload);
        } catch (GeneralSecurityException e) {
            rejected.incrementAndGet();
            misses.incrementAndGet();
            delete(key);
            return Optional.empty();
        } catch (IOException | UncheckedIOException | DirectoryIteratorException | SecurityException e) {
            problem("layer cache: cannot read an entry: " + oneLine(e));
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Turns a hit into a miss and removes the entry: its content turned out stale or unusable. */
    public void discard(EntryKey key) {
        hits.decrementAndGet();
        misses.incrementAndGet();
        delete(key);
    }

    /** Stores an entry (replacing any with the same key), then evicts beyond the size bound. */
    public void write(EntryKey key, byte[] payload) {
        if (!enabled()) {
            return;
        }
        try {
            if (files.get().write(key.fileName(), seal.get().seal(key.fileName(), payload))) {
                stored.incrementAndGet();
                evicted.addAndGet(files.get().evict());
            }
        } catch (IOException | GeneralSecurityException | UncheckedIOException | DirectoryIteratorException
                 | SecurityException e) {
            problem("layer cache: cannot write an entry: " + oneLine(e));
        }
    }

    /** What the cache did so far. */
    public CacheStatistics statistics() {
        synchronized (problems) {
            return new CacheStatistics(hits.get(), misses.get(), stored.get(), rejected.get(), evicted.get(),
                    problems, problemCount);
        }
    }

    private void delete(EntryKey key) {
        try {
            files.orElseThrow().delete(key.fileName());
        } catch (IOException | SecurityException e) {
            problem("layer cache: cannot remove an entry: " + oneLine(e));
        }
    }

    private void problem(String message) {
        synchronized (problems) {
            problemCount++;
            if (problems.size() < 10) {
                problems.add(message);
            }
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage();
        String text = m == null || m.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + m;
        return text.lines().findFirst().orElse(text);
    }

    @Override
    public String toString() {
        return "LayerCache[" + (enabled() ? "enabled" : "disabled") + "]";
    }
}
