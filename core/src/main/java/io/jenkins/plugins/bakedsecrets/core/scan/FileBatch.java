package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Small files of one layer copied back to back into one arena, scanned together on a detection thread. The arena
 * goes back to the pool when the batch is done, whatever happened.
 */
final class FileBatch implements Callable<Void> {
    private final DetectionPool pool;
    private final FileResults results;
    private final byte[] arena;
    private final List<Member> members = new ArrayList<>();
    private int used;

    /** One file: its place in the layer's walk order, where it is, and its bytes in the arena. */
    private record Member(int sequence, Location base, int offset, int length) {
    }

    FileBatch(DetectionPool pool, FileResults results) throws IOException {
        this.pool = pool;
        this.results = results;
        this.arena = pool.takeArena();
    }

    byte[] arena() {
        return arena;
    }

    int used() {
        return used;
    }

    int free() {
        return arena.length - used;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /** Adds the file whose {@code length} bytes were just copied to {@link #used()}. */
    void add(int sequence, Location base, int length) {
        members.add(new Member(sequence, base, used, length));
        used += length;
    }

    /** Hands the arena back without scanning (the batch was never submitted). */
    void discard() {
        pool.returnArena(arena);
    }

    @Override
    public Void call() throws IOException {
        try {
            for (Member m : members) {
                List<DetectedSecret> found = new ArrayList<>();
                pool.detector().scanFile(m.base(), new ByteArrayInputStream(arena, m.offset(), m.length()),
                        found::add);
                results.add(m.sequence(), found);
            }
            return null;
        } finally {
            pool.returnArena(arena);
        }
    }
}
