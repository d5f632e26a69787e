package io.jenkins.plugins.bakedsecrets.exposure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The instance-wide exposure index on disk: one small JSON file per fingerprint prefix (256 shards), so that
 * recording a build rewrites only the shards its secrets fall in, and a lock per shard so that concurrent builds
 * lose no update. Rotation marks live in one file of their own.
 */
public final class ExposureStore {
    static final String ROTATIONS = "rotations.json";
    private static final int SHARDS = 256;
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<SightingRow>> SIGHTINGS = new TypeReference<>() { };
    private static final TypeReference<List<RotationRow>> ROTATION_ROWS = new TypeReference<>() { };

    private final File directory;
    private final Object[] locks = new Object[SHARDS + 1];

    /** A store in {@code directory} (normally {@code JENKINS_HOME/baked-secrets/exposure}). */
    public ExposureStore(File directory) {
        this.directory = directory;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** The directory of the store. */
    File directory() {
        return directory;
    }

    /**
     * Adds the sightings of a build, touching only the shards they fall in; rows the build already has in those
     * shards are replaced, so recording the same rows twice is harmless. Use {@link #replace} when the build's set of
     * secrets may have changed.
     */
    public void record(String job, int build, Collection<SightingRow> rows) throws IOException {
        Map<Integer, List<SightingRow>> byShard = new TreeMap<>();
        for (SightingRow r : rows) {
            byShard.computeIfAbsent(shard(r.fingerprint()), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Integer, List<SightingRow>> e : byShard.entrySet()) {
            update(e.getKey(), existing -> {
                List<SightingRow> kept = new ArrayList<>(existing);
                kept.removeIf(r -> r.of(job, build));
                kept.addAll(e.getValue());
                return kept;
            });
        }
    }

    /** Replaces every row of a build, in every shard, by {@code rows}. */
    public void replace(String job, int build, Collection<SightingRow> rows) throws IOException {
        purge(job, build);
        record(job, build, rows);
    }

    /** Removes every row of a build, from every shard. */
    public void purge(String job, int build) throws IOException {
        rewriteEveryShard(rows -> rows.stream().filter(r -> !r.of(job, build)).toList());
    }

    /**
     * Removes every row of a job, or of every job inside a folder of that full name: called when the item is deleted,
     * and when an item of that name is created, so that a new job never inherits another's history.
     */
    public void purgeJob(String fullName) throws IOException {
        rewriteEveryShard(rows -> rows.stream().filter(r -> !r.inside(fullName)).toList());
    }

    /** Moves the rows of a renamed or moved job to its new full name. */
    public void relocate(String oldFullName, String newFullName) throws IOException {
        rewriteEveryShard(rows -> rows.stream().map(r -> r.job().equals(oldFullName) ? r.withJob(newFullName) : r)
                .toList());
    }

    /** Every row of every shard. */
    public List<SightingRow> all() throws IOException {
        List<SightingRow> out = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            synchronized (locks[shard]) {
                out.addAll(read(shardFile(shard), SIGHTINGS));
            }
        }
        return out;
    }

    /** The rows of one fingerprint. */
    public List<SightingRow> of(String fingerprint) throws IOException {
        int shard = shard(fingerprint);
        synchronized (locks[shard]) {
            return read(shardFile(shard), SIGHTINGS).stream().filter(r -> r.fingerprint().equals(fingerprint))
                    .toList();
        }
    }

    /** Adds a rotation mark. */
    public void markRotated(RotationRow mark) throws IOException {
        synchronized (locks[SHARDS]) {
            File file = new File(directory, ROTATIONS);
            List<RotationRow> rows = new ArrayList<>(read(file, ROTATION_ROWS));
            rows.add(mark);
            write(file, rows);
        }
    }

    /** Every rotation mark, oldest first. */
    public List<RotationRow> rotations() throws IOException {
        synchronized (locks[SHARDS]) {
            return read(new File(directory, ROTATIONS), ROTATION_ROWS);
        }
    }

    private void rewriteEveryShard(UnaryOperator<List<SightingRow>> change) throws IOException {
        for (int shard = 0; shard < SHARDS; shard++) {
            if (shardFile(shard).exists()) {
                update(shard, change);
            }
        }
    }

    private void update(int shard, UnaryOperator<List<SightingRow>> change) throws IOException {
        synchronized (locks[shard]) {
            File file = shardFile(shard);
            List<SightingRow> before = read(file, SIGHTINGS);
            List<SightingRow> rows = change.apply(before);
            if (rows.equals(before)) {
                return;
            }
            if (rows.isEmpty()) {
                Files.deleteIfExists(file.toPath());
            } else {
                write(file, rows);
            }
        }
    }

    /** The shard of a fingerprint: its first two hex digits after the scheme prefix. */
    static int shard(String fingerprint) {
        int colon = fingerprint.indexOf(':');
        String hex = colon < 0 ? fingerprint : fingerprint.substring(colon + 1);
        try {
            return hex.length() < 2 ? 0 : Integer.parseInt(hex.substring(0, 2), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private File shardFile(int shard) {
        return new File(directory, String.format("shard-%02x.json", shard));
    }

    private static <T> List<T> read(File file, TypeReference<List<T>> type) throws IOException {
        if (!file.exists()) {
            return List.of();
        }
        if (file.length() > MAX_FILE_BYTES) {
            throw new IOException("exposure index file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        return List.copyOf(MAPPER.readValue(file, type));
    }

    private void write(File file, List<?> rows) throws IOException {
        Files.createDirectories(directory.toPath());
        File temporary = new File(directory, file.getName() + ".tmp");
        MAPPER.writeValue(temporary, rows);
        // Atomic so that a reader or a crash never sees half a shard.
        Files.move(temporary.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
