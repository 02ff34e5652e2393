"""Who said what on the blind ru/fr/es/ar/ja news set (tests/data/attribution/blind.toml),
scored like ../shared/attribution/score.py: found, speaker right, wrong name, false quotes."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution" / "blind.toml"
LANGS = ("ru", "fr", "es", "ar", "ja")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_STOP = {"le", "la", "les", "de", "du", "el", "los", "las", "и", "в", "на", "по"}


@dataclass
class Tally:
    """Counts for one language; the percentages are those of score.py."""

    quotes: int = 0
    named: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    predicted: int = 0
    false: int = 0
    name_on_nobody: int = 0

    def row(self, lang: str) -> str:
        """One Markdown table row: counts, with score.py's percentages."""
        cells = [
            str(self.quotes),
            str(self.named),
            _share(self.found, self.quotes),
            _share(self.right, self.named),
            _share(self.wrong, self.found),
            str(self.predicted),
            _share(self.false, self.predicted),
            str(self.name_on_nobody),
        ]
        return f"| {lang} | " + " | ".join(cells) + " |"


def _share(count: int, total: int) -> str:
    return f"{count} ({100 * count / max(total, 1):.0f}%)"


def same_speaker(gold: str, predicted: str | None) -> bool:
    """score.py's test: a shared name token, or for CJK two shared characters or containment."""
    if not predicted:
        return False
    if _CJK.search(gold) or _CJK.search(predicted):
        shared = set(gold.replace(" ", "")) & set(predicted.replace(" ", ""))
        return gold in predicted or predicted in gold or len(shared) >= 2
    return bool(_tokens(gold) & _tokens(predicted))


def _tokens(name: str) -> set[str]:
    return {t for t in re.split(r"\W+", name.casefold()) if len(t) > 1 and t not in _STOP}


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_entry(entry: dict[str, Any], tally: Tally) -> None:
    """Add one paragraph's gold and the finder's non-title quotations to the tally."""
    text = entry["text"]
    found = [q for q in find_quotes(text, entry["lang"]) if q.kind != "title"]
    spans = [(q.start, q.end) for q in found]
    gold = [(_span(text, g[0]), g[1]) for g in entry["quotes"] if g[2] != "title"]
    for span, speaker in gold:
        tally.quotes += 1
        tally.named += bool(speaker)
        best = max(range(len(found)), key=lambda i: _overlap(span, spans[i]), default=None)
        if best is None or 2 * _overlap(span, spans[best]) < span[1] - span[0]:
            continue
        tally.found += 1
        predicted = found[best].speaker
        if speaker and same_speaker(speaker, predicted):
            tally.right += 1
        elif speaker and predicted:
            tally.wrong += 1
        elif not speaker and predicted:
            tally.name_on_nobody += 1
    tally.predicted += len(found)
    tally.false += sum(1 for s in spans if not any(_overlap(s, g[0]) for g in gold))


def score(entries: Iterable[dict[str, Any]]) -> dict[str, Tally]:
    """Per-language tallies of the blind set."""
    tallies = {lang: Tally() for lang in LANGS}
    for entry in entries:
        score_entry(entry, tallies[entry["lang"]])
    return tallies


def load() -> list[dict[str, Any]]:
    """The blind set's paragraphs."""
    entries: list[dict[str, Any]] = parse_toml(BLIND.read_text("utf-8"))["blind"]
    return entries


def main(argv: Sequence[str] | None = None) -> None:
    """Print the per-language table."""
    argparse.ArgumentParser(description=__doc__).parse_args(argv)
    heads = "quotes | named | found | speaker right | wrong | predicted | false | name on nobody"
    print(f"| lang | {heads} |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang, tally in score(load()).items():
        print(tally.row(lang))


if __name__ == "__main__":
    main()
