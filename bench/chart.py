#!/usr/bin/env python3
"""Turns bench/run.sh's results.tsv into Markdown tables (stdout) and two SVG charts (standard library only).

Usage: bench/chart.py RESULTS_TSV OUT_DIR
Writes OUT_DIR/throughput.svg (whole image: floors and scans in MiB/s, cached rescans in seconds) and
OUT_DIR/scaling.svg (MiB/s against layer size, file size and number of layers, with the JDK-inflate floor).
Rows repeated in results.tsv are reduced to their median; "load" rows (load averages when each part began) are
printed and noted under the charts. PREVIOUS_MIBS (default 96, the scan before issue 16) draws the 2x target line.
"""
import csv
import os
import re
import statistics
import sys
from collections import OrderedDict
from html import escape

INK, FLOOR, SCAN, GRID, MARK = "#222", "#9aa5b1", "#2b6cb0", "#e2e8f0", "#c05621"
LOADS = []


def rate(d):
    return d["mib"] / d["seconds"] if d["mib"] and d["seconds"] else 0.0


def loads_note():
    return "; ".join(f"{when} {one}" for when, one, _, _ in LOADS)


def load(path):
    rows = OrderedDict()
    with open(path, newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["group"] == "load":
                LOADS.append((r["label"], r["seconds"], r["mib"], r["peak_rss_mib"]))
                continue
            rows.setdefault((r["group"], r["label"]), []).append(r)
    out = OrderedDict()
    for key, rs in rows.items():
        out[key] = {
            "seconds": statistics.median(float(r["seconds"]) for r in rs),
            "mib": float(rs[0]["mib"]),
            "rss": statistics.median(float(r["peak_rss_mib"]) for r in rs),
            "cpu": statistics.median(float(r["cpu_percent"]) for r in rs),
            "runs": len(rs),
            "all": [float(r["seconds"]) for r in rs],
        }
    return out


def tables(data):
    if LOADS:
        print("| load average at | 1 min | 5 min | 15 min |")
        print("|---|---|---|---|")
        for when, one, five, fifteen in LOADS:
            print(f"| {when} | {one} | {five} | {fifteen} |")
        print()
    floor = data.get(("floor", "JDK inflater, 2 at a time"))
    print("| run | seconds (median) | runs | MiB/s | time / JDK-inflate floor | peak RSS MiB | CPU % |")
    print("|---|---|---|---|---|---|---|")
    for (group, label), d in data.items():
        if group not in ("floor", "scan", "startup"):
            continue
        ratio = f"{d['seconds'] / floor['seconds']:.2f}" if floor and group != "startup" else ""
        rss = f"{d['rss']:.0f}" if d["rss"] else ""
        cpu = f"{d['cpu']:.0f}" if d["cpu"] else ""
        mibs = f"{rate(d):.0f}" if rate(d) else ""
        spread = " – ".join(f"{s:.2f}" for s in (min(d["all"]), max(d["all"]))) if d["runs"] > 1 else ""
        print(f"| {label} | {d['seconds']:.2f}{' (' + spread + ')' if spread else ''} | {d['runs']} "
              f"| {mibs} | {ratio} | {rss} | {cpu} |")
    fresh = data.get(("scan", "pipelined, default heap"))
    warm = data.get(("scan", "warm JVM, second scan on"))
    print()
    print("| layer cache | seconds (median) | runs | share of a full scan (in a JVM alike) | peak RSS MiB |")
    print("|---|---|---|---|---|")
    for (group, label), d in data.items():
        if group == "cache":
            # A warm rescan is compared with a warm full scan: both are what a Jenkins agent sees.
            full = warm if "warm JVM" in label else fresh
            share = f"{100 * d['seconds'] / full['seconds']:.0f}%" if full else ""
            rss = f"{d['rss']:.0f}" if d["rss"] else ""
            print(f"| {label} | {d['seconds']:.2f} | {d['runs']} | {share} | {rss} |")
    scaling = [(label, d) for (group, label), d in data.items() if group == "scaling"]
    if scaling:
        print()
        print("| image | MiB | JDK inflater s | MiB/s | scan s | MiB/s | scan time / floor time | peak RSS MiB |")
        print("|---|---|---|---|---|---|---|---|")
        for name in scaling_names(data):
            f, s = data[("scaling", name + " JDK inflater")], data[("scaling", name + " scan")]
            print(f"| {name} | {s['mib']:.0f} | {f['seconds']:.2f} | {rate(f):.0f} | {s['seconds']:.2f} "
                  f"| {rate(s):.0f} | {s['seconds'] / f['seconds']:.2f} | {s['rss']:.0f} |")


def scaling_names(data):
    names = []
    for (group, label) in data:
        if group == "scaling" and label.endswith(" scan"):
            names.append(label[: -len(" scan")])
    return names


def svg(width, height, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">\n'
            f'<rect width="{width}" height="{height}" fill="white"/>\n' + "\n".join(body) + "\n</svg>\n")


def text(x, y, s, anchor="start", size=12, weight="normal", fill=INK):
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}">{escape(s)}</text>')


def bars(body, top, title, items, unit, marks=(), left=290, width=400):
    """Horizontal bars: items are (label, value, colour); marks are (label, value) drawn as dashed lines."""
    body.append(text(10, top, title, size=13, weight="bold"))
    peak = max([v for _, v, _ in items] + [v for _, v in marks]) or 1
    y = top + 14
    for label, value, colour in items:
        w = width * value / peak
        body.append(text(left - 8, y + 13, label, anchor="end"))
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="18" fill="{colour}"/>')
        body.append(text(left + w + 6, y + 13, f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"))
        y += 26
    for i, (label, value) in enumerate(marks):
        x = left + width * value / peak
        body.append(f'<line x1="{x:.1f}" y1="{top + 10}" x2="{x:.1f}" y2="{y}" stroke="{MARK}" '
                    f'stroke-dasharray="4 3"/>')
        anchor = "end" if x > left + width * 0.7 else "start" if x < left + width * 0.3 else "middle"
        body.append(text(x, y + 12 + 12 * i, label, anchor=anchor, size=10, fill=MARK))
    return y + 16 + 12 * len(marks)


def throughput_chart(data, out):
    floors = [(label, d) for (g, label), d in data.items() if g == "floor"]
    scans = [(label, d) for (g, label), d in data.items() if g == "scan"]
    items = [(label, rate(d), FLOOR) for label, d in floors]
    items += [("scan, " + label, rate(d), SCAN) for label, d in scans]
    marks = []
    previous = float(os.environ.get("PREVIOUS_MIBS", "96"))
    marks.append((f"target: 2 x the previous {previous:.0f} MiB/s", 2 * previous))
    jdk = data.get(("floor", "JDK inflater, 2 at a time"))
    if jdk:
        marks.append(("target: within 3x of the JDK-inflate floor", rate(jdk) / 3))
    body = []
    y = bars(body, 24, f"Whole image ({floors[0][1]['mib']:.0f} MiB of layers): MiB/s, median", items, "MiB/s",
             marks)
    cache = [(label, d["seconds"], SCAN if "rescan" in label else FLOOR)
             for (g, label), d in data.items() if g == "cache"]
    if cache:
        y = bars(body, y + 10, "Layer cache: seconds, median", cache, "s")
    body.append(text(10, y, "grey: floors and scans without the cache; blue: what the scanner does.", size=11,
                     fill="#555"))
    body.append(text(10, y + 14, "Load average (1 min) when parts began: " + (loads_note() or "not recorded") + ".",
                     size=11, fill="#555"))
    return svg(760, y + 28, body)


def scaling_chart(data, out):
    names = scaling_names(data)
    groups = OrderedDict()
    for n in names:
        m = re.match(r"(size|files|layers)-(\d+)$", n)
        if m:
            groups.setdefault(m.group(1), []).append((int(m.group(2)), n))
    titles = {"size": "layer size (MiB, one layer)", "files": "file size (KiB; 256 MiB in one layer)",
              "layers": "number of layers (512 MiB in all)"}
    body, panel_w, panel_h, left, top = [], 300, 220, 60, 40
    peak = max(rate(data[("scaling", n + suffix)]) for n in names for suffix in (" scan", " JDK inflater"))
    body.append(text(10, 20, "MiB/s of uncompressed layer content: scan (blue) and JDK-inflate floor (grey), "
                             "two threads", size=13, weight="bold"))
    for i, (kind, points) in enumerate(groups.items()):
        points.sort()
        x0 = left + i * (panel_w + 40)
        body.append(f'<rect x="{x0}" y="{top}" width="{panel_w}" height="{panel_h}" fill="none" stroke="{GRID}"/>')
        for frac in (0.25, 0.5, 0.75, 1.0):
            gy = top + panel_h * (1 - frac)
            body.append(f'<line x1="{x0}" y1="{gy:.1f}" x2="{x0 + panel_w}" y2="{gy:.1f}" stroke="{GRID}"/>')
            body.append(text(x0 - 4, gy + 4, f"{peak * frac:.0f}", anchor="end", size=10))
        step = panel_w / max(1, len(points))
        for suffix, colour in ((" JDK inflater", FLOOR), (" scan", SCAN)):
            coords = []
            for j, (value, name) in enumerate(points):
                d = data[("scaling", name + suffix)]
                coords.append((x0 + step * (j + 0.5), top + panel_h * (1 - rate(d) / peak)))
            body.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>'
                        % (colour, " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)))
            body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in coords]
        for j, (value, _) in enumerate(points):
            body.append(text(x0 + step * (j + 0.5), top + panel_h + 14, str(value), anchor="middle", size=10))
        body.append(text(x0 + panel_w / 2, top + panel_h + 32, titles[kind], anchor="middle"))
    body.append(text(10, top + panel_h + 54, "Each scan includes the fixed cost of a run (JVM start, rules, report). "
                                             "Load average (1 min) when parts began: "
                     + (loads_note() or "not recorded") + ".", size=11, fill="#555"))
    return svg(left + len(groups) * (panel_w + 40), top + panel_h + 64, body)


def main():
    data = load(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    tables(data)
    with open(os.path.join(out, "throughput.svg"), "w") as f:
        f.write(throughput_chart(data, out))
    if scaling_names(data):
        with open(os.path.join(out, "scaling.svg"), "w") as f:
            f.write(scaling_chart(data, out))
    print(f"\ncharts: {out}/throughput.svg" + (f", {out}/scaling.svg" if scaling_names(data) else ""))


if __name__ == "__main__":
    main()
