"""Who said what on our own wire-style paragraphs (tests/data/attribution/wire_news.toml: fr, es,
ar, de), scored as bench/world_blind.py scores the blind set; --misses lists each quotation not
right. A row per language, and one per batch ("de b2": a later batch, written after fixes and never
tuned on). --file names another set in the same shape (english_news.toml; old_news.toml: German
newspapers 1840-1919); --after STRING scores only the entries from the comment line holding STRING
on; --batch N scores only batch N (batch 1: the entries with no "batch" key)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes

sys.path.insert(0, str(Path(__file__).resolve().parent))
# bench/ is not a package: its folder is on the path
from world_blind import Tally, same_speaker, score_entry

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution"
WIRE = DATA / "wire_news.toml"


def load(path: Path | str = WIRE, after: str = "") -> list[dict[str, Any]]:
    """The written paragraphs of a file (a name under DATA, or a path); with `after`, only those
    below the line holding it."""
    text = (DATA / path).read_text("utf-8")
    if after:  # from the start of its line: a string inside a comment is no TOML on its own
        text = text[text.rfind("\n", 0, text.index(after)) + 1 :]
    entries: list[dict[str, Any]] = parse_toml(text)["wire"]
    return entries


def score(
    entries: Iterable[dict[str, Any]], by_batch: bool = False, by_shape: bool = False
) -> dict[str, Tally]:
    """Per-language tallies (world_blind's counts); by_batch adds a row per language and batch,
    by_shape one per language, batch and "shape" key (batches 5 and 6 name each entry's shape)."""
    tallies: dict[str, Tally] = {}
    for entry in entries:
        keys = [entry["lang"]]
        if by_batch:
            keys.append(f"{entry['lang']} b{entry.get('batch', 1)}")
        if by_shape and "shape" in entry:
            keys.append(f"{entry['lang']} b{entry.get('batch', 1)} {entry['shape']}")
        for key in keys:
            score_entry(entry, tallies.setdefault(key, Tally()))
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
            where = f"{entry['lang']} b{entry.get('batch', 1)} {entry.get('shape', '')}".strip()
            lines.append(f"{where} | {quote[:40]} | gold {speaker or '-'} {kind} | {got}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    """Print the per-language table, and with --misses each miss."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--file", default="wire_news.toml", help="a set under " + str(DATA))
    parser.add_argument("--after", default="", help="score only from this comment line on")
    parser.add_argument("--shapes", action="store_true", help="a row per entry's shape too")
    parser.add_argument("--batch", type=int, default=0, help="score only this batch")
    args = parser.parse_args(argv)
    entries = load(DATA / args.file, args.after)
    if args.batch:
        entries = [e for e in entries if e.get("batch", 1) == args.batch]
    heads = "quotes | named | found | speaker right | wrong | predicted | false | name on nobody"
    print(f"| lang | {heads} |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang, tally in sorted(score(entries, by_batch=True, by_shape=args.shapes).items()):
        if tally.quotes:
            print(tally.row(lang))
    if args.misses:
        for line in (line for entry in entries for line in misses(entry)):
            print(line)


if __name__ == "__main__":
    main()
