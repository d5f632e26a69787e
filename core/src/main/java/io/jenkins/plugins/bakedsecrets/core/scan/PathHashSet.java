package io.jenkins.plugins.bakedsecrets.core.scan;

import java.nio.charset.StandardCharsets;

/**
 * A compact set of path hashes (64-bit, open addressing). A layer can hold millions of entries; keeping their names
 * as strings only to answer "does a later layer replace this path?" would cost hundreds of megabytes, while eight
 * bytes per path stay small. A 64-bit collision would at worst mark one finding "overwritten" wrongly.
 */
final class PathHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1024];
    private int size;

    void add(String path) {
        addHash(hash(path));
    }

    boolean contains(String path) {
        return containsHash(hash(path));
    }

    /** Adds a hash as {@link #hash} made it (read back from a cached layer). */
    void addHash(long h) {
        if (h == EMPTY) {
            throw new IllegalArgumentException("not a path hash");
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, h)) {
            size++;
        }
    }

    /** Every hash in the set, in no particular order. */
    long[] hashes() {
        long[] out = new long[size];
        int n = 0;
        for (long h : slots) {
            if (h != EMPTY) {
                out[n++] = h;
            }
        }
        return out;
    }

    private boolean containsHash(long h) {
        int mask = slots.length - 1;
        for (int i = (int) (mix(h) & mask); ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == h) {
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) {
            if (h != EMPTY) {
                insert(slots, h);
            }
        }
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (mix(h) & mask); ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    /** FNV-1a over UTF-8, never zero (zero marks an empty slot). */
    static long hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1L : h;
    }

    private static long mix(long h) {
        long x = h ^ (h >>> 33);
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    @Override
    public String toString() {
        return "PathHashSet[" + size + " paths]";
    }
}
