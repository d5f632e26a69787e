package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * An Aho-Corasick automaton over ASCII-lower-cased bytes, compiled to a dense transition table over byte classes, so
 * each input byte costs one table lookup however many patterns there are. Bytes that occur in no pattern share one
 * class, which keeps the table small.
 */
final class KeywordAutomaton {
    private static final int[] NO_OUTPUT = new int[0];

    private final int[] classOf = new int[256];
    private final int classCount;
    private final int[] next;
    private final int[][] outputs;

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
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        addState(trie, out);
        for (int id = 0; id < patterns.size(); id++) {
            int s = 0;
            for (byte b : patterns.get(id)) {
                int c = classOf[b & 0xff];
                if (trie.get(s)[c] < 0) {
                    trie.get(s)[c] = addState(trie, out);
                }
                s = trie.get(s)[c];
            }
            out.get(s).add(id);
        }
        this.next = new int[trie.size() * classCount];
        this.outputs = new int[trie.size()][];
        link(trie, out);
    }

    /** Scans {@code len} bytes from {@code off}, reporting every pattern occurrence (overlapping ones too). */
    void scan(byte[] data, int off, int len, HitSink sink) {
        int state = 0;
        final int[] table = next;
        final int[] classes = classOf;
        final int width = classCount;
        for (int i = off, end = off + len; i < end; i++) {
            state = table[state * width + classes[data[i] & 0xff]];
            int[] hits = outputs[state];
            if (hits.length != 0) {
                for (int pattern : hits) {
                    sink.hit(pattern, i + 1);
                }
            }
        }
    }

    /** Breadth-first: failure links, merged outputs and the complete transition table. */
    private void link(List<int[]> trie, List<List<Integer>> out) {
        int[] fail = new int[trie.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        outputs[0] = NO_OUTPUT;
        for (int c = 0; c < classCount; c++) {
            int child = trie.get(0)[c];
            next[c] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> merged = new ArrayList<>(out.get(s));
            merged.addAll(out.get(fail[s]));
            out.set(s, merged);
            outputs[s] = merged.isEmpty() ? NO_OUTPUT : merged.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < classCount; c++) {
                int child = trie.get(s)[c];
                if (child > 0) {
                    fail[child] = next[fail[s] * classCount + c];
                    next[s * classCount + c] = child;
                    queue.add(child);
                } else {
                    next[s * classCount + c] = next[fail[s] * classCount + c];
                }
            }
        }
    }

    private int addState(List<int[]> trie, List<List<Integer>> out) {
        int[] row = new int[classCount];
        Arrays.fill(row, -1);
        trie.add(row);
        out.add(new ArrayList<>());
        return trie.size() - 1;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
