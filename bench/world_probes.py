"""Right / wrong / none / not found per language on the multi29 probe paragraphs
(tests/data/probes/world_multi29.toml, or `--file` another such file, e.g. english_enprobe29.toml);
`--misses` prints every quotation not right."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

import tomllib

from summarizer.attribution.find import find_quotes

PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes" / "world_multi29.toml"


def same(predicted: str, accepted: str) -> bool:
    """The benchmark's test: equal words, or one holds the other's last word."""
    p, a = re.findall(r"\w+", predicted.casefold()), re.findall(r"\w+", accepted.casefold())
    return bool(p and a) and (p == a or a[-1] in p or p[-1] in a)


def outcome(case: dict[str, Any], start: str, gold: str) -> tuple[str, str | None]:
    """right / wrong / none / notfound for one gold quotation, and the speaker given."""
    found = [q for q in find_quotes(case["text"], case["lang"]) if q.text.startswith(start)]
    speaker = None if not found or found[0].kind == "title" else found[0].speaker
    if gold == "-":
        return ("wrong" if speaker else "right"), speaker
    accepted = gold.split("|")
    if not found:
        return ("right" if "" in accepted else "notfound"), None
    if speaker is None:
        return ("right" if "" in accepted else "none"), None
    return ("right" if any(same(speaker, a) for a in accepted if a) else "wrong"), speaker


def cases(path: Path = PROBES) -> list[dict[str, Any]]:
    """The probe paragraphs."""
    return tomllib.loads(path.read_text(encoding="utf-8"))["case"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", type=Path, default=PROBES)
    args = parser.parse_args()
    tally: dict[str, Counter[str]] = {}
    for case in cases(args.file):
        for start, gold in case["quotes"]:
            kind, speaker = outcome(case, start, gold)
            tally.setdefault(case["lang"], Counter())[kind] += 1
            if args.misses and kind != "right":
                print(f"{case['lang']} {kind}: {start!r} gold={gold!r} got={speaker!r}")
                print("    " + case["text"].replace("\n", " / "))
    print("| lang | quotes | right | wrong | none | not found |")
    print("|---|---:|---:|---:|---:|---:|")
    for lang, counts in tally.items():
        cells = [counts[k] for k in ("right", "wrong", "none", "notfound")]
        print(f"| {lang} | {sum(counts.values())} | " + " | ".join(map(str, cells)) + " |")


if __name__ == "__main__":
    main()
