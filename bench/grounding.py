"""Benchmark: grounding checks against mutated points of the approved golden summaries, and speed.

The approved goldens carry no evidence, so each point gets evidence derived from its unmutated
self: the sentences holding its quotes, the sentences it aligns with (same language only), the
first sentence stating each of its numbers and, for a credited point, a sentence naming the
speaker. Each mutation then changes one point and keeps that evidence.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from summarizer import lang
from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.golden.cases import load_cases
from summarizer.golden.check import load_article
from summarizer.source.sentences import Sentence, covering, numbered
from summarizer.summary import EngineInfo, NameRef, Point, SourceInfo, Span, Summary
from summarizer.verification.align import aligner, from_text
from summarizer.verification.check import verify
from summarizer.verification.names import same_speaker
from summarizer.verification.numbers import claimed, stated

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = {"zh": ("默克尔", "Angela Merkel"), "en": ("Angela Merkel", "Angela Merkel")}
INVENTED = {
    "en": (
        "Officials in Geneva said 4,200 people attended the talks.",
        "The ministry said the agreement would take effect in 2031.",
        "Observers described the mood as calm and constructive.",
    ),
    "zh": (
        "日内瓦官员称，共有4200人出席会谈。",
        "该部表示，协议将于2031年生效。",
        "观察人士形容气氛平静且富有建设性。",
    ),
}


@dataclass(frozen=True)
class Trial:
    """One mutated point: what was done, whether verification noticed, and by which kinds."""

    mutation: str
    caught: bool
    kinds: tuple[str, ...]


def derived(point: Point, article: Article, reader: str) -> tuple[Span, ...]:
    """Evidence for an approved point that has none (see the module docstring)."""
    found = numbered(article)
    chosen: set[Sentence] = set()
    for q in point.quotes:
        if q.start is not None and q.end is not None:
            chosen.update(covering(found, q.start, q.end))
    if lang.family(reader) == lang.family(article.lang):
        aligned = set(aligner(article).evidence(point.text))
        chosen.update(s for s in found if Span(s.start, s.end) in aligned)
    family = lang.family(article.lang)
    for number in claimed(point.text):
        have = stated(" ".join(s.text for s in chosen), family)
        if not number.values & have:
            chosen.update(next(([s] for s in found if number.values & stated(s.text, family)), []))
    if point.speaker and not any(point.speaker.split()[-1] in s.text for s in chosen):
        chosen.update(next(([s] for s in found if point.speaker.split()[-1] in s.text), []))
    return tuple(Span(s.start, s.end) for s in sorted(chosen, key=lambda s: s.start))


def errors_of(summary: Summary, article: Article, at: int) -> tuple[str, ...]:
    """The failure kinds (errors and warnings) verification reports for point `at`."""
    checked = verify(summary, article).verification
    assert checked is not None
    return tuple(f.kind for f in checked.failures if f.point == at)


def mutations(
    point: Point, article: Article, reader: str, rng: random.Random
) -> Iterator[tuple[str, Point]]:
    """Every applicable mutation of `point` (evidence kept)."""
    numbers = [n for n in claimed(point.text) if n.text.isdigit()]
    if numbers:
        n = rng.choice(numbers)
        changed = str(int(n.text) + rng.choice((1, 3, 7, 11)))
        yield "changed number", replace(point, text=point.text.replace(n.text, changed, 1))
    name, source_name = OUTSIDE["zh" if lang.family(reader) == "zh" else "en"]
    listed = (*point.names, NameRef(source_name, name))
    yield "outside name (listed)", replace(point, text=f"{point.text} {name}", names=listed)
    if lang.family(reader) == lang.family(article.lang) and lang.family(reader) == "en":
        yield (
            "outside name (unlisted)",
            replace(point, text=point.text.replace(" ", f" {name} ", 1)),
        )
    others = [
        s for s in _speakers(article) if not point.speaker or not same_speaker(s, point.speaker)
    ]
    if point.speaker and others:
        swapped = replace(point, speaker=rng.choice(others))
        yield "swapped speaker", swapped
        if _surely_said(point, article):
            yield "swapped speaker (attribution high)", swapped
    if point.speaker and len(others) > 1 and point.speaker in point.text:
        other = rng.choice(others)
        yield "swapped name in text", replace(point, text=point.text.replace(point.speaker, other))
    far = [
        s
        for s in numbered(article)
        if all(abs(s.start - e.start) > 800 for e in point.evidence or ())
    ]
    if far:
        s = rng.choice(far)
        yield "evidence elsewhere", replace(point, evidence=(Span(s.start, s.end),))


def _surely_said(point: Point, article: Article) -> bool:
    """Whether a quote in the point's evidence is credited to its speaker at high confidence."""
    spans = point.evidence or ()
    return any(
        q.confidence == "high"
        and q.speaker
        and point.speaker
        and same_speaker(q.speaker, point.speaker)
        and any(q.start < s.end and s.start < q.end for s in spans)
        for q in find_quotes(article.text, article.lang, article.title)
    )


def _speakers(article: Article) -> list[str]:
    names: list[str] = []
    for q in find_quotes(article.text, article.lang, article.title):
        if q.speaker and not any(same_speaker(q.speaker, n) for n in names):
            names.append(q.speaker)
    return names


def trials(rng: random.Random) -> tuple[list[Trial], Counter[str], int]:
    """Every mutation of every golden point; baseline failures of the grounded goldens."""
    out: list[Trial] = []
    baseline: Counter[str] = Counter()
    points = 0
    for case in load_cases(ROOT / "golden"):
        article = load_article(case)
        for reader in case.languages:
            approved = case.golden(reader)
            grounded = replace(
                approved,
                points=tuple(
                    replace(p, evidence=derived(p, article, reader)) for p in approved.points
                ),
            )
            checked = verify(grounded, article).verification
            assert checked is not None
            baseline.update(f.kind for f in checked.failures)
            flagged = {f.point for f in checked.failures}
            points += len(grounded.points)
            for at, point in enumerate(grounded.points):
                if at in flagged:
                    continue  # a mutation is caught only if it adds a finding
                for mutation, bad in mutations(point, article, reader, rng):
                    changed = replace(grounded, points=_put(grounded.points, at, bad))
                    kinds = errors_of(changed, article, at)
                    out.append(Trial(mutation, bool(kinds), kinds))
            for text in INVENTED["zh" if lang.family(reader) == "zh" else "en"]:
                invented = Point(
                    text, evidence=(Span(numbered(article)[0].start, numbered(article)[0].end),)
                )
                changed = replace(grounded, points=(*grounded.points, invented))
                kinds = errors_of(changed, article, len(grounded.points))
                out.append(Trial("invented sentence", bool(kinds), kinds))
    return out, baseline, points


def _put(points: tuple[Point, ...], at: int, point: Point) -> tuple[Point, ...]:
    return (*points[:at], point, *points[at + 1 :])


def speed() -> tuple[float, float, float]:
    """Cold and warm verification of 200 grounded points on a 1 MB article; 200 aligned lines."""
    base = (ROOT / "examples" / "seed-blitz-china-nato.txt").read_text(encoding="utf-8")
    text = "\n\n".join(f"Copy {i}.\n\n{base}" for i in range(1_000_000 // len(base) + 1))
    article = Article.from_text(text, title="Big", lang="en", origin="bench")
    found = numbered(article)
    rng = random.Random(5)
    picks = [rng.choice(found) for _ in range(200)]
    points = tuple(
        Point(f"{s.text[:120]}", evidence=(Span(s.start, s.end),), names=()) for s in picks
    )
    lines = "\n".join(p.text for p in points)
    source = SourceInfo(article.title, article.lang, article.sha256, article.origin)
    summary = Summary("en", source, EngineInfo("bench"), "Big", points)
    cold = timed(lambda: verify(summary, article))
    warm = timed(lambda: verify(summary, article))
    aligned = timed(lambda: from_text(lines, article, "bench"))
    return cold, warm, aligned


def timed(work: Callable[[], object]) -> float:
    """Wall time of one call of `work`, in seconds."""
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def main() -> None:
    """Print catch rates per mutation, baseline failures on the goldens, and the timings."""
    done, baseline, points = trials(random.Random(11))
    print(f"approved golden points: {points}; findings with derived evidence: {dict(baseline)}")
    print("| mutation | caught | by |")
    print("|---|---|---|")
    for mutation in dict.fromkeys(t.mutation for t in done):
        mine = [t for t in done if t.mutation == mutation]
        caught = sum(t.caught for t in mine)
        by = Counter(k for t in mine for k in set(t.kinds)).most_common(3)
        shown = ", ".join(f"{k} {n}" for k, n in by)
        print(f"| {mutation} | {caught / len(mine):.2f} ({caught}/{len(mine)}) | {shown} |")
    cold, warm, aligned = speed()
    print(f"1 MB article, 200 grounded points: verify cold {cold:.3f} s, warm {warm:.3f} s")
    print(f"1 MB article, 200 plain-text lines aligned (index build included): {aligned:.3f} s")


if __name__ == "__main__":
    main()
