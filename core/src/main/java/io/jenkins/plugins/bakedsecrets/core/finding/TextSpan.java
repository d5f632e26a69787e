package io.jenkins.plugins.bakedsecrets.core.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A range of characters in a text, {@code [start, end)}: where a secret sits in text that a report copies, such as a
 * history line or an annotation, so that it can be masked before the text is written.
 *
 * @param start index of the first character
 * @param end index after the last character
 */
public record TextSpan(int start, int end) {
    /** Validates the range. */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /**
     * The parts of {@code spans} that lie in {@code [from, to)}, moved so that {@code from} is 0: the spans of one
     * part of a text that was scanned whole (the key of {@code key=value}, say).
     */
    public static List<TextSpan> within(List<TextSpan> spans, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            int start = Math.max(s.start, from);
            int end = Math.min(s.end, to);
            if (start < end) {
                out.add(new TextSpan(start - from, end - from));
            }
        }
        return out;
    }

    /** The spans sorted, with overlapping and touching ones joined. */
    public static List<TextSpan> merged(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TextSpan::start));
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : sorted) {
            TextSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start <= last.end) {
                out.set(out.size() - 1, new TextSpan(last.start, Math.max(last.end, s.end)));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
