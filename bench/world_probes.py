"""Right / wrong / none / not found per language on a probe file of tests/data/probes/ (default
world_multi29.toml; `--file` another, `--all` every one); `--misses` prints every quotation not
right. tests/test_attribution_probe_files.py holds each file to the `[floor]` table it carries."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

import tomllib

from summarizer.attribution.find import find_quotes

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes"
PROBES = FOLDER / "world_multi29.toml"


def same(predicted: str, accepted: str) -> bool:
    """The benchmark's test: equal words, or one holds the other's last word."""
    p, a = re.findall(r"\w+", predicted.casefold()), re.findall(r"\w+", accepted.casefold())
    return bool(p and a) and (p == a or a[-1] in p or p[-1] in a)


def outcome(case: dict[str, Any], start: str, gold: str) -> tuple[str, str | None]:
    """right / wrong / none / notfound for one gold quotation, and the speaker given.

    `gold` holds the accepted speakers split by "|"; "" among them, or "-", lets nobody be
    named. Where the file says so (`mention_is_nobody`), a speaker that is only the mention as
    written at the cue counts as nobody: the role a German cue names is no guessed person."""
    found = [
        q
        for q in find_quotes(case["text"], case["lang"], case.get("title", ""))
        if q.text.startswith(start)
    ]
    speaker = None if not found or found[0].kind == "title" else found[0].speaker
    accepted = gold.split("|")
    named = speaker is not None and any(same(speaker, a) for a in accepted if a)
    as_written = bool(found) and speaker == found[0].mention
    if as_written and not named and case.get("mention_is_nobody"):
        speaker = None
    if gold == "-":
        return ("wrong" if speaker else "right"), speaker
    if not found:
        return ("right" if "" in accepted else "notfound"), None
    if speaker is None:
        return ("right" if "" in accepted else "none"), None
    return ("right" if named else "wrong"), speaker


def _quotes(case: dict[str, Any]) -> list[tuple[str, str]]:
    """The case's gold quotations as (start, accepted speakers joined by "|")."""
    if "quotes" in case:
        return [(start, gold) for start, gold in case["quotes"]]
    # `gold` or `speakers`: a list of the accepted names, [] for nobody; "T" marks a title
    accepted = ["" if name == "T" else name for name in case.get("gold", case.get("speakers"))]
    return [(case["quote"], "|".join(accepted) if accepted else "-")]


def cases(path: Path = PROBES) -> list[dict[str, Any]]:
    """The probe paragraphs, each with its language and its gold as `quotes`."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    floor = data.get("floor", {})
    defaults = {"lang": floor.get("lang"), "mention_is_nobody": floor.get("mention_is_nobody")}
    return [{**defaults, **case, "quotes": _quotes(case)} for case in data["case"]]


def floor(path: Path) -> dict[str, Any]:
    """The `[floor]` table the file carries: its size, right per language, wrong names left."""
    table: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))["floor"]
    return table


def tally(path: Path, misses: bool = False) -> dict[str, Counter[str]]:
    """right / wrong / none / notfound per language; with `misses`, print each one not right."""
    counts: dict[str, Counter[str]] = {}
    for case in cases(path):
        for start, gold in case["quotes"]:
            kind, speaker = outcome(case, start, gold)
            counts.setdefault(case["lang"], Counter())[kind] += 1
            if misses and kind != "right":
                print(f"{case['lang']} {kind}: {start!r} gold={gold!r} got={speaker!r}")
                print("    " + case["text"].replace("\n", " / "))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", type=Path, default=PROBES)
    parser.add_argument("--all", action="store_true", help="every file of tests/data/probes/")
    args = parser.parse_args()
    print("| file | lang | quotes | right | wrong | none | not found |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for path in sorted(FOLDER.glob("*.toml")) if args.all else [args.file]:
        for lang, counts in tally(path, args.misses).items():
            cells = [counts[k] for k in ("right", "wrong", "none", "notfound")]
            row = [path.stem, lang, sum(counts.values()), *cells]
            print("| " + " | ".join(map(str, row)) + " |")


if __name__ == "__main__":
    main()
