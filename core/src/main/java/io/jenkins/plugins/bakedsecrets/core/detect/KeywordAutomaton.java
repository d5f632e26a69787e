package io.jenkins.plugins.bakedsecrets.core.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a set of byte patterns, ignoring ASCII case, in one pass over the input.
 *
 * <p>Almost no position of real content starts a pattern, so the pass is a skip loop: each position's next four
 * bytes, case-folded, are hashed into a 128 KiB bit table of the first four bytes of every pattern. A pattern of three
 * bytes is entered once for every folded fourth byte, so it costs the same single lookup; patterns of one or two
 * bytes (none among the built-in keywords) need a second table of exact first two bytes, and only then does the loop
 * look it up. Only a position that passes (one in 75 to 100 on real content) walks a trie of the patterns. Unlike
 * an Aho-Corasick automaton, whose every byte waits for the previous byte's state, the lookups of neighbouring
 * positions are independent, so the CPU overlaps them: on real content this loop ran about twice as fast as the
 * automaton, and dropping the two-byte lookup (whose three-byte patterns, such as {@code pat}, passed wherever their
 * first two bytes did) took another fifth off it. The trie walk of a candidate is bounded by the longest pattern.
 * Hits are reported in the order an Aho-Corasick automaton reports them: by end position, the longer pattern first.
 */
final class KeywordAutomaton {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** ORing 0x20 into a byte lower-cases ASCII letters; other bytes may collide, which only adds candidates. */
    private static final int FOLD = 0x20202020;
    private static final int HASH = 0x9E3779B1;
    private static final int TABLE_BITS = 1 << 16;
    /**
     * The four-byte table's size as a power of two: 128 KiB. Larger tables leave the L1 cache, but collide less: on
     * real content the loop took 1.41 ns a byte with 32 KiB, 1.25 with 64, 1.16 with 128 and 1.11 with 256 KiB; the
     * table is shared by all threads and 128 KiB leaves most of the L2 cache to the inflaters and the input.
     */
    private static final int FOUR_BITS_LOG = 20;
    private static final int NO_STATE = -1;
    private static final int[] NO_OUTPUT = new int[0];

    private final int[] classOf = new int[256];
    private final int classCount;
    /** Trie transitions, {@code state * classCount + class}; {@link #NO_STATE} where no pattern continues. */
    private final int[] trie;
    /** Patterns equal to each state's path, in id order. */
    private final int[][] exact;
    /** Hashes of the first four bytes of patterns with at least four. */
    private final long[] firstFour = new long[(1 << FOUR_BITS_LOG) / 64];
    /** The first two bytes of patterns shorter than three bytes (every second byte for one-byte patterns). */
    private final long[] shortStart = new long[TABLE_BITS / 64];
    /** The first two bytes of every pattern shorter than four: for the input's last three positions. */
    private final long[] tailStart = new long[TABLE_BITS / 64];
    private final boolean singleBytePatterns;
    /** Whether some pattern is shorter than three bytes: only then does the scan look up {@link #shortStart}. */
    private final boolean twoBytePatterns;

    /** Receives pattern hits. */
    @FunctionalInterface
    interface HitSink {
        /** Pattern {@code pattern} ends just before index {@code end} of the scanned array. */
        void hit(int pattern, int end);
    }

    /** Builds the automaton; pattern ids are list indices. Patterns are matched ignoring ASCII case. */
    KeywordAutomaton(List<byte[]> patterns) {
        int classes = 1;
        for (byte[] p : patterns) {
            for (byte b : p) {
                int c = lower(b & 0xff);
                if (classOf[c] == 0) {
                    classOf[c] = classes++;
                }
            }
        }
        for (int upper = 'A'; upper <= 'Z'; upper++) {
            classOf[upper] = classOf[upper + ('a' - 'A')];
        }
        this.classCount = classes;
        this.singleBytePatterns = patterns.stream().anyMatch(p -> p.length == 1);
        this.twoBytePatterns = patterns.stream().anyMatch(p -> p.length > 0 && p.length < 3);
        List<int[]> rows = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        addState(rows, out);
        for (int id = 0; id < patterns.size(); id++) {
            byte[] p = patterns.get(id);
            int s = 0;
            for (byte b : p) {
                int c = classOf[b & 0xff];
                if (rows.get(s)[c] == NO_STATE) {
                    rows.get(s)[c] = addState(rows, out);
                }
                s = rows.get(s)[c];
            }
            out.get(s).add(id);
            if (p.length > 0) {
                markStart(p);
            }
        }
        this.trie = new int[rows.size() * classCount];
        this.exact = new int[rows.size()][];
        for (int s = 0; s < rows.size(); s++) {
            System.arraycopy(rows.get(s), 0, trie, s * classCount, classCount);
            exact[s] = out.get(s).isEmpty() ? NO_OUTPUT : out.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Scans {@code len} bytes from {@code off}, reporting every pattern occurrence (overlapping ones too). */
    void scan(byte[] data, int off, int len, HitSink sink) {
        int end = off + len;
        int fast = end - 3;
        Pending pending = twoBytePatterns ? scanWithShort(data, off, fast, end, sink)
                : scanFourOnly(data, off, fast, end, sink);
        // The last three positions: only patterns shorter than four bytes fit there.
        for (int i = Math.max(off, fast); i < end; i++) {
            if (i + 1 < end ? startsShort(data[i], data[i + 1]) : singleBytePatterns) {
                pending = walk(data, i, end, pending, sink);
            }
        }
        if (pending != null) {
            pending.flush(Integer.MAX_VALUE, sink);
        }
    }

    /** The skip loop when every pattern has three bytes or more: one lookup a position. */
    private Pending scanFourOnly(byte[] data, int from, int to, int end, HitSink sink) {
        Pending pending = null;
        final long[] four = firstFour;
        for (int i = from; i < to; i++) {
            int h4 = fourHash((int) INT.get(data, i) | FOLD);
            if (((four[h4 >>> 6] >>> h4) & 1) != 0) {
                pending = walk(data, i, end, pending, sink);
            }
        }
        return pending;
    }

    /** The skip loop when some pattern is shorter than three bytes: a second lookup of its first two. */
    private Pending scanWithShort(byte[] data, int from, int to, int end, HitSink sink) {
        Pending pending = null;
        final long[] four = firstFour;
        final long[] two = shortStart;
        for (int i = from; i < to; i++) {
            int w = (int) INT.get(data, i) | FOLD;
            int h4 = fourHash(w);
            int h2 = w & 0xFFFF;
            if ((((four[h4 >>> 6] >>> h4) | (two[h2 >>> 6] >>> h2)) & 1) != 0) {
                pending = walk(data, i, end, pending, sink);
            }
        }
        return pending;
    }

    private boolean startsShort(byte first, byte second) {
        int h2 = ((first | 0x20) & 0xFF) | ((second | 0x20) & 0xFF) << 8;
        return ((tailStart[h2 >>> 6] >>> h2) & 1) != 0;
    }

    /** Reports the patterns starting at {@code start}; hits already final (ending at or before it) go out first. */
    private Pending walk(byte[] data, int start, int end, Pending pending, HitSink sink) {
        if (pending != null) {
            pending.flush(start, sink);
        }
        Pending result = pending;
        final int[] table = trie;
        final int width = classCount;
        int s = 0;
        for (int j = start; j < end; j++) {
            s = table[s * width + classOf[data[j] & 0xff]];
            if (s == NO_STATE) {
                break;
            }
            for (int pattern : exact[s]) {
                if (result == null) {
                    result = new Pending();
                }
                result.add(pattern, start, j + 1);
            }
        }
        return result;
    }

    private void markStart(byte[] p) {
        int w = 0;
        for (int k = 0; k < Math.min(4, p.length); k++) {
            w |= ((p[k] & 0xff) | 0x20) << (8 * k);
        }
        if (p.length >= 4) {
            set(firstFour, fourHash(w));
            return;
        }
        if (p.length == 3) {
            // Every folded fourth byte: a three-byte pattern then costs one test like the longer ones, where its first
            // two bytes alone ("pa" of "pat") passed at one position in a hundred of real content.
            for (int fourth = 0x20; fourth < 256; fourth = (fourth + 1) | 0x20) {
                set(firstFour, fourHash(w | fourth << 24));
            }
            set(tailStart, w & 0xFFFF);
        } else if (p.length == 2) {
            set(shortStart, w);
            set(tailStart, w);
        } else {
            for (int second = 0x20; second < 256; second = (second + 1) | 0x20) {
                set(shortStart, w | second << 8);
                set(tailStart, w | second << 8);
            }
        }
    }

    /** The bit of {@link #firstFour} for four folded bytes: one function for the table's entries and the scan. */
    private static int fourHash(int folded) {
        return (folded * HASH) >>> (32 - FOUR_BITS_LOG);
    }

    private static void set(long[] table, int bit) {
        table[bit >>> 6] |= 1L << bit;
    }

    private int addState(List<int[]> rows, List<List<Integer>> out) {
        int[] row = new int[classCount];
        Arrays.fill(row, NO_STATE);
        rows.add(row);
        out.add(new ArrayList<>());
        return rows.size() - 1;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /**
     * Hits found but not yet reported, kept sorted by end, then start (a longer pattern with the same end starts
     * earlier). A hit is final once the walk has moved past its end, as every later hit ends later.
     */
    private static final class Pending {
        private int[] pattern = new int[8];
        private int[] start = new int[8];
        private int[] end = new int[8];
        private int size;

        void add(int id, int from, int to) {
            if (size == pattern.length) {
                pattern = Arrays.copyOf(pattern, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            int at = size;
            while (at > 0 && (end[at - 1] > to || end[at - 1] == to && start[at - 1] > from)) {
                at--;
            }
            System.arraycopy(pattern, at, pattern, at + 1, size - at);
            System.arraycopy(start, at, start, at + 1, size - at);
            System.arraycopy(end, at, end, at + 1, size - at);
            pattern[at] = id;
            start[at] = from;
            end[at] = to;
            size++;
        }

        /** Reports, in order, every hit ending at or before {@code position}. */
        void flush(int position, HitSink sink) {
            int n = 0;
            while (n < size && end[n] <= position) {
                sink.hit(pattern[n], end[n]);
                n++;
            }
            if (n > 0) {
                System.arraycopy(pattern, n, pattern, 0, size - n);
                System.arraycopy(start, n, start, 0, size - n);
                System.arraycopy(end, n, end, 0, size - n);
                size -= n;
            }
        }
    }
}
