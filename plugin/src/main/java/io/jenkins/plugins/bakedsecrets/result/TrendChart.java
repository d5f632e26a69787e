package io.jenkins.plugins.bakedsecrets.result;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The job trend as the geometry of a server-rendered SVG bar chart: one stacked bar of findings by severity per
 * build, oldest on the left, with a narrow grey bar of waived findings beside it; each bar links to its build's
 * panel. Rendering on the server needs no script (so a strict Content-Security-Policy stays clean) and no charting
 * library; Jelly only places the shapes this class computes.
 */
public final class TrendChart {
    /** Width of the drawing in SVG units. */
    public static final int WIDTH = 600;
    /** Height of the drawing in SVG units. */
    public static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final int TICKS = 4;

    private final List<TrendPoint> points;
    private final int maximum;

    /** A chart of the given builds, oldest first. */
    public TrendChart(List<TrendPoint> points) {
        this.points = List.copyOf(points);
        this.maximum = niceMaximum(this.points.stream().mapToInt(TrendPoint::total).max().orElse(0));
    }

    /** One coloured part of a bar. */
    public record Segment(String severity, int count, double y, double height) {
    }

    /** One build's bars and where they link. */
    public record Bar(String label, String url, String tooltip, double x, double width, List<Segment> segments,
                      double waivedX, double waivedY, double waivedHeight, double labelX) {
    }

    /** A horizontal grid line with its value. */
    public record Tick(int value, double y) {
    }

    /** Whether there is anything to draw. */
    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The builds, oldest first. */
    public List<TrendPoint> getPoints() {
        return points;
    }

    /** The bars, oldest build first. */
    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(points.size(), 1);
        double width = Math.max(2, slot * 0.55);
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double x = LEFT + i * slot + (slot - width * 1.3) / 2;
            bars.add(new Bar(p.name(), p.url(), tooltip(p), round(x), round(width), segments(p),
                    round(x + width * 1.05), y(p.waived()), height(p.waived()), round(x + width * 0.65)));
        }
        return bars;
    }

    /** The grid lines, bottom first. */
    public List<Tick> getTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            int value = maximum * i / TICKS;
            ticks.add(new Tick(value, y(value)));
        }
        return ticks;
    }

    /** The severities, worst first, for the legend and the CSS classes. */
    public List<String> getSeverities() {
        return List.of(Severity.values()).stream().map(Severity::id).toList();
    }

    /** The x coordinate where the plot starts (the axis). */
    public int getLeft() {
        return LEFT;
    }

    /** The y coordinate of the x axis. */
    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }

    /** The y coordinate of the build labels. */
    public int getLabelY() {
        return HEIGHT - BOTTOM + 16;
    }

    /** The width of the drawing. */
    public int getWidth() {
        return WIDTH;
    }

    /** The height of the drawing. */
    public int getHeight() {
        return HEIGHT;
    }

    private List<Segment> segments(TrendPoint p) {
        List<Segment> segments = new ArrayList<>();
        int below = 0;
        // Worst at the bottom, so that the part that matters most starts on the axis.
        for (int s = 0; s < Severity.values().length; s++) {
            int count = p.counts().get(s);
            if (count > 0) {
                segments.add(new Segment(Severity.values()[s].id(), count, y(below + count), height(count)));
                below += count;
            }
        }
        return segments;
    }

    private static String tooltip(TrendPoint p) {
        StringBuilder b = new StringBuilder(p.name()).append(": ").append(p.total()).append(" findings");
        for (int s = 0; s < Severity.values().length; s++) {
            int count = p.counts().get(s);
            if (count > 0) {
                b.append(", ").append(count).append(' ').append(Severity.values()[s].id());
            }
        }
        return b.append(", ").append(p.waived()).append(" waived").toString();
    }

    private double y(int value) {
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / (double) maximum));
    }

    private double height(int value) {
        return round((HEIGHT - TOP - BOTTOM) * value / (double) maximum);
    }

    /** One decimal is enough for a drawing and keeps the page small. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above the value, divisible into the grid lines. */
    static int niceMaximum(int value) {
        int max = Math.max(value, TICKS);
        long step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                long candidate = m * step * TICKS;
                if (candidate >= max) {
                    return (int) Math.min(candidate, Integer.MAX_VALUE);
                }
            }
            step *= 10;
        }
    }
}
