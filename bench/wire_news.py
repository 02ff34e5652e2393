"""Who said what on our own wire-style paragraphs (tests/data/attribution/wire_news.toml, or
another file there with --file, e.g. english_news.toml), scored as bench/world_blind.py scores the
blind set; --batch keeps one batch; --misses lists each quotation not right."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package
from world_blind import Tally, same_speaker, score_entry

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution"


def load(name: str = "wire_news.toml", batch: int | None = None) -> list[dict[str, Any]]:
    """The written paragraphs of one file (of one batch when given)."""
    entries: list[dict[str, Any]] = parse_toml((DATA / name).read_text("utf-8"))["wire"]
    return [e for e in entries if batch is None or e.get("batch", 1) == batch]


def score(entries: list[dict[str, Any]]) -> dict[str, Tally]:
    """Per-language tallies, in the order the languages first appear."""
    tallies: dict[str, Tally] = {}
    for entry in entries:
        score_entry(entry, tallies.setdefault(entry["lang"], Tally()))
    return tallies


def misses(entry: dict[str, Any]) -> list[str]:
    """One line per gold quotation the finder gets wrong: a title read as speech counts too."""
    found = find_quotes(entry["text"], entry["lang"])
    lines = []
    for quote, speaker, kind in entry["quotes"]:
        hit = next((q for q in found if quote in q.text or q.text in quote), None)
        got = (hit.kind, hit.speaker, hit.confidence) if hit else None
        if kind == "title":
            ok = hit is None or hit.kind == "title"
        else:
            ok = hit is not None and (
                same_speaker(speaker, hit.speaker) if speaker else hit.speaker is None
            )
        if not ok:
            lines.append(f"{entry['lang']} | {quote[:40]} | gold {speaker or '-'} {kind} | {got}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    """Print the per-language table, and with --misses each miss."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", default="wire_news.toml")
    parser.add_argument("--batch", type=int)
    args = parser.parse_args(argv)
    entries = load(args.file, args.batch)
    heads = "quotes | named | found | speaker right | wrong | predicted | false | name on nobody"
    print(f"| lang | {heads} |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang, tally in score(entries).items():
        if tally.quotes:
            print(tally.row(lang))
    if args.misses:
        for line in (line for entry in entries for line in misses(entry)):
            print(line)


if __name__ == "__main__":
    main()
