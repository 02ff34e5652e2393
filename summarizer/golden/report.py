"""Golden check reports: a terminal table, markdown, JSON and JUnit XML."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from summarizer.golden.check import Report, Verdict
from summarizer.golden.scoring import METRICS

RED = "\033[31;1m"
RESET = "\033[0m"


def _cell(o: Verdict, metric: str, color: bool) -> str:
    """A metric's cell: its worst value, marked with the floor when it regressed."""
    if o.worst is None:
        return "-"
    value = getattr(o.worst, metric)
    text = f"{value:.1f}" if metric == "chrf" else f"{value:.2f}"
    if metric in o.regressions:
        floor = o.floors[metric]
        text = f"{text}<{floor:.1f}!" if metric == "chrf" else f"{text}<{floor:.2f}!"
        return f"{RED}{text}{RESET}" if color else text
    return text


def _status(o: Verdict) -> str:
    """An outcome's status word: REGRESSED, BROKEN, CHANGED or ok."""
    if o.regressions:
        return "REGRESSED"
    if o.problems:
        return "BROKEN"
    return "CHANGED" if o.snapshot else "ok"


def table(report: Report, color: bool = False) -> str:
    """Case × metric, worst over repeats; regressions marked `value<floor!` (red on a terminal)."""
    head = ["case", "lang", "run", *METRICS, "status"]
    rows = [
        [o.case, o.lang, o.run, *(_cell(o, m, color) for m in METRICS), _status(o)]
        for o in report.outcomes
    ]
    plain = [[_strip(c) for c in r] for r in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in plain)) if plain else len(h) for i, h in enumerate(head)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    for row, bare in zip(rows, plain, strict=True):
        lines.append(
            "  ".join(c + " " * (w - len(b)) for c, b, w in zip(row, bare, widths, strict=True))
        )
    lines += [
        f"{o.case}/{o.lang} {o.run}: {p}"
        for o in report.outcomes
        for p in (*o.problems, *filter(None, [o.snapshot]))
    ]
    lines += list(report.problems)
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _strip(text: str) -> str:
    """`text` without its colour codes."""
    return text.replace(RED, "").replace(RESET, "")


def summary_line(report: Report) -> str:
    """One line: how many checks, regressions, changed snapshots and problems."""
    outs = report.outcomes
    regressed = sum(1 for o in outs if o.regressions)
    changed = sum(1 for o in outs if o.snapshot)
    broken = sum(1 for o in outs if o.problems) + len(report.problems)
    verdict = "FAILED" if report.failed else "passed"
    return (
        f"golden check {verdict}: {len(outs)} checks, {regressed} regressed, "
        f"{changed} changed snapshots, {broken} problems"
    )


def markdown(report: Report) -> str:
    """The table as markdown, for a pull request or docs."""
    lines = [
        "| case | lang | run | " + " | ".join(METRICS) + " | status |",
        "|---" * (len(METRICS) + 4) + "|",
    ]
    for o in report.outcomes:
        cells = [_cell(o, m, False).replace("<", "&lt;") for m in METRICS]
        lines.append(
            f"| {o.case} | {o.lang} | {o.run} | " + " | ".join(cells) + f" | {_status(o)} |"
        )
    notes = [
        f"- {o.case}/{o.lang} {o.run}: {p}"
        for o in report.outcomes
        for p in (*o.problems, *filter(None, [o.snapshot]))
    ]
    notes += [f"- {p}" for p in report.problems]
    return "\n".join([*lines, "", *notes, "", summary_line(report)]) + "\n"


def as_json(report: Report) -> str:
    """Machine-readable report."""
    data = {
        "failed": report.failed,
        "problems": list(report.problems),
        "outcomes": [
            {
                "case": o.case,
                "lang": o.lang,
                "run": o.run,
                "mean": o.scores.as_dict() if o.scores else None,
                "worst": o.worst.as_dict() if o.worst else None,
                "floors": o.floors,
                "regressions": list(o.regressions),
                "problems": list(o.problems),
                "snapshot": o.snapshot,
            }
            for o in report.outcomes
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def junit(report: Report) -> str:
    """JUnit XML: one test case per case × language × run, failures with their reasons."""
    suite = ET.Element("testsuite", name="summarizer-golden", tests=str(len(report.outcomes) + 1))
    failures = 0
    for o in report.outcomes:
        tc = ET.SubElement(
            suite, "testcase", classname=f"golden.{o.run}", name=f"{o.case}/{o.lang}"
        )
        reasons = [
            f"{m} {getattr(o.worst, m)} below floor {o.floors[m]}" for m in o.regressions if o.worst
        ]
        reasons += list(o.problems) + list(filter(None, [o.snapshot]))
        if reasons:
            failures += 1
            ET.SubElement(tc, "failure", message=reasons[0]).text = "\n".join(reasons)
    whole = ET.SubElement(suite, "testcase", classname="golden", name="case-set")
    if report.problems:
        failures += 1
        ET.SubElement(whole, "failure", message=report.problems[0]).text = "\n".join(
            report.problems
        )
    suite.set("failures", str(failures))
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
