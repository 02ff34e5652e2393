"""Benchmark: summaries that credit each quotation of real articles to its speaker, or swap it.

For every quotation the finder credits to someone, one point credits it to that person in each
form a summary may write (the finder's name, its surname, without accents, the article's words at
the cue) and one point credits it to another person the article quotes; every quoted title is
credited to someone. Prints how many right-speaker points fail (target 0) and what the verifier
says of each swap (`wrong_speaker` where the attribution is `high`; at least `speaker_unconfirmed`
where it is `low`) and of each credited title (`title_credited`, or a speaker finding when the
same words stand in someone's quotation).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from summarizer import lang
from summarizer.article import Article
from summarizer.attribution.find import Quote, find_quotes
from summarizer.labels import labels
from summarizer.source import ANY_LETTERS, load
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Summary
from summarizer.verification.check import verify
from summarizer.verification.names import holds, plain

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "articles"
INTERVIEWS = ROOT / "tests" / "data" / "interviews"


@dataclass(frozen=True)
class Trial:
    """One point: what it tests, the quotation, and the name it credits."""

    group: str
    form: str
    quote: Quote
    name: str


def forms(quote: Quote) -> dict[str, str]:
    """The names a summary may credit `quote`'s speaker by."""
    # the words at the cue count when they are two words or more (or two CJK characters), as the
    # verifier promises: a pronoun or a bare role ("instructor") is no name to credit
    name = quote.speaker or ""
    found = {"finder's name": name}
    words = name.split()
    if len(words) > 1 and not words[-1].islower():
        found["surname"] = words[-1]
    if plain(name) != name:
        found["without accents"] = plain(name)
    mention = (quote.mention or "").strip()
    size = len(mention) if lang.CJK_CHAR.search(mention) else len(mention.split())
    if size >= 2 and mention != name:
        found["words at the cue"] = mention
    return found


def trials(quotes: tuple[Quote, ...]) -> list[Trial]:
    """The right-speaker, swapped-speaker and credited-title points of one article."""
    speakers = sorted({q.speaker for q in quotes if q.speaker})
    found: list[Trial] = []
    for quote in quotes:
        if quote.kind == "title":
            found += [Trial("title", "credited", quote, s) for s in speakers[:1]]
        elif quote.speaker:
            found += [Trial("right", form, quote, n) for form, n in forms(quote).items()]
            others = [s for s in speakers if not holds(s, quote.speaker)]
            found += [Trial("swap", quote.confidence, quote, s) for s in others[:1]]
    return found


def point(trial: Trial, reader: str) -> Point:
    """A point in the reader's wording that credits the trial's quotation to its name."""
    words = labels(reader)
    quoted = words.quote(trial.quote.text) or trial.quote.text
    slots = {"speaker": words.speaker(trial.name), "quote": quoted}
    text = re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], words.said)
    return Point(text, trial.name, (QuoteRef(trial.quote.text),))


def outcome(trial: Trial, kinds: set[str], errors: set[str]) -> str:
    """The row a trial counts in: how the verifier answered it."""
    if trial.group == "right":
        return f"right speaker, {trial.form}: {'FAILED' if errors else 'passed'}"
    flags = ("wrong_speaker", "speaker_unconfirmed", "title_credited")
    flag = next((k for k in flags if k in kinds), "MISSED")
    if trial.group == "swap":
        return f"swap, attribution {trial.form}: {flag}"
    return f"quoted title credited: {flag}"


def run(path: Path, tally: Counter[str], show: bool) -> None:
    """Verify one summary holding every trial of the article at `path`; count the outcomes."""
    article: Article = load(str(path), min_letters=ANY_LETTERS)
    found = trials(find_quotes(article.text, article.lang, article.title))
    reader = "zh-Hant" if article.lang == "zh-Hant" else article.lang.split("-")[0]
    source = SourceInfo(article.title, article.lang, article.sha256, article.origin)
    points = tuple(point(t, reader) for t in found)
    checked = verify(Summary(reader, source, EngineInfo("bench"), "-", points), article)
    assert checked.verification is not None
    failures = checked.verification.failures
    for at, trial in enumerate(found):
        mine = [f for f in failures if f.point == at]
        row = outcome(
            trial, {f.kind for f in mine}, {f.kind for f in mine if f.severity == "error"}
        )
        tally[row] += 1
        if show and row.endswith(("FAILED", "MISSED")):
            print(
                f"  {path.parent.name}/{path.name}: {row}: {trial.name!r} {trial.quote.text[:50]!r}"
            )


def main() -> None:
    """Print the outcome counts over the shared articles and the interview pages."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print each failed or missed point")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: only the interview pages are measured")
    paths = sorted(SHARED.glob("*/article.*")) + sorted(INTERVIEWS.iterdir())
    tally: Counter[str] = Counter()
    for path in paths:
        run(path, tally, args.show)
    print(f"{len(paths)} articles")
    print("| point | count |\n|---|---|")
    for row, count in sorted(tally.items()):
        print(f"| {row} | {count} |")


if __name__ == "__main__":
    main()
