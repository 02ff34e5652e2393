"""The misses of one shared attribution set on a TUNE part, the parts a rule may be written from
(bench/halves.py): python bench/misses.py SET [KIND] [LIMIT] [SEED] [--part tune-b].
KIND: wrong (another name), none (no name), notfound, false (no gold or annotated span), all.
REPORT is never printed."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from attribution import SHARED, _scorer  # noqa: E402  (bench/ is not a package)
from halves import TUNE_PARTS, crlf_shift, part  # noqa: E402

KINDS = ("wrong", "none", "notfound", "false", "all")


def documents(folder: Path, of: str = "tune-a") -> list[str]:
    """The ids of the set's documents in TUNE part `of`, sorted."""
    return sorted(p.stem for p in folder.glob("*.txt") if part(p.stem) == of)


def lines(folder: Path, file: str) -> list[dict[str, Any]]:
    """The records of one of the set's jsonl files (none when it is absent)."""
    path = folder / file
    text = path.read_text("utf-8") if path.exists() else ""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def placed(path: Path, text: str, scorer: Any) -> list[tuple[tuple[int, int], Any]]:
    """Our quotes of the document at `path` (titles left out, as the bench has them) with
    their span in its LF `text` as score.py places them."""
    from summarizer import source
    from summarizer.attribution.find import find_quotes

    article = source.load(str(path))
    spans = []
    for quote in find_quotes(article.text, article.lang, article.title):
        at = scorer.place(text, {"text": quote.text, "start": quote.start, "end": quote.end})
        if quote.kind != "title" and at:
            spans.append((at, quote))
    return spans


def verdicts(doc: str, folder: Path, scorer: Any) -> Iterator[tuple[str, str]]:
    """(kind, one printable line with context) for each miss of one document."""
    raw = (folder / f"{doc}.txt").read_bytes().decode("utf-8")
    shift = crlf_shift(raw) if "\r" in raw else None
    text = raw.replace("\r\n", "\n")
    ours = placed(folder / f"{doc}.txt", text, scorer)
    gold = [g for g in lines(folder, "gold.jsonl") if g["doc"] == doc]
    for g in gold:
        start, end = (
            (g["start"] - shift[g["start"]], g["end"] - shift[g["end"]])
            if shift
            else (
                g["start"],
                g["end"],
            )
        )
        best = next(
            (q for (a, b), q in ours if min(b, end) - max(a, start) >= (end - start) / 2), None
        )
        kind = _kind(g["speaker"], best, scorer)
        if kind:
            said = f"pred={getattr(best, 'speaker', None)!r} {getattr(best, 'confidence', '')}"
            yield (
                kind,
                f"[{kind}] {doc} gold={g['speaker']!r} {said}\n  …{_context(text, start, end)}…",
            )
    spans = gold + [e for e in lines(folder, "extra.jsonl") if e["doc"] == doc]
    for (a, b), quote in ours:
        if not any(min(b, s["end"]) > max(a, s["start"]) for s in spans):
            yield "false", f"[false] {doc} pred={quote.speaker!r}\n  …{_context(text, a, b)}…"


def _kind(gold: str, best: Any, scorer: Any) -> str | None:
    if best is None:
        return "notfound"
    if not best.speaker:
        return "none"
    return None if scorer.same_speaker(gold, best.speaker) else "wrong"


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 220) : end + 160].replace("\n", " ⏎ ")


def main(argv: list[str] | None = None) -> int:
    """Print up to LIMIT misses of KIND, shuffled by SEED, and how many there are."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("set")
    parser.add_argument("kind", nargs="?", default="all", choices=KINDS)
    parser.add_argument("limit", nargs="?", type=int, default=60)
    parser.add_argument("seed", nargs="?", type=int, default=0)
    parser.add_argument("--part", default="tune-a", choices=TUNE_PARTS)
    args = parser.parse_args(argv)
    folder, scorer = SHARED / args.set, _scorer()
    if not (folder / "gold.jsonl").exists():
        print(f"no such set: {folder}", file=sys.stderr)
        return 2
    found = [
        line
        for doc in documents(folder, args.part)
        for kind, line in verdicts(doc, folder, scorer)
        if args.kind in ("all", kind)
    ]
    random.Random(args.seed).shuffle(found)
    print(f"{len(found)} misses of kind {args.kind} on {args.set} {args.part.upper()}")
    print("\n".join(found[: args.limit]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
