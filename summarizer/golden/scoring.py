"""Scores of a summary against its approved golden: what a newsroom editor would check first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer import lang
from summarizer.summary import Summary
from summarizer.verification.match import fold
from summarizer.verification.names import same_speaker

METRICS = ("verified", "speakers", "quotes", "chrf", "language", "length")


@dataclass(frozen=True)
class Expect:
    """What any good summary of a case must contain."""

    speakers: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    """One summary's scores, each in 0..1 except chrF (0..100)."""

    verified: float
    speakers: float
    quotes: float
    chrf: float
    language: float
    length: float

    def as_dict(self) -> dict[str, float]:
        """Metric name → value, in METRICS order."""
        return {m: getattr(self, m) for m in METRICS}


def score(summary: Summary, golden: Summary, expect: Expect) -> Scores:
    """Score `summary` (already verified) against the approved `golden` and the case's `expect`."""
    ver = summary.verification
    credited = [p.speaker for p in summary.points if p.speaker]
    found = sum(any(same_speaker(s, c) for c in credited) for s in expect.speakers)
    return Scores(
        verified=1.0 if ver is not None and ver.ok else 0.0,
        speakers=_ratio(found, len(expect.speakers)),
        quotes=_ratio(sum(_kept(q, summary) for q in expect.quotes), len(expect.quotes)),
        chrf=round(chrf(_text(summary), _text(golden)), 2),
        language=_ratio(
            sum(lang.matches(p.text, summary.lang) for p in summary.points), len(summary.points)
        ),
        length=_length(len(summary.points), len(golden.points)),
    )


def _ratio(part: int, whole: int) -> float:
    """part / whole, 1.0 when there is nothing to find."""
    return 1.0 if whole == 0 else round(part / whole, 4)


def _kept(quote: str, summary: Summary) -> bool:
    """Whether a quote of `summary` holds `quote`, or at least 80% of it."""
    wanted = fold(quote)
    for point in summary.points:
        for q in point.quotes:
            kept = fold(q.source_text)
            if wanted in kept or (kept in wanted and len(kept) >= 0.8 * len(wanted)):
                return True
    return False


def _text(summary: Summary) -> str:
    """The headline and point texts, one a line."""
    return "\n".join([summary.headline, *(p.text for p in summary.points)])


def _length(points: int, golden_points: int) -> float:
    """1 when the number of points is within half to double the golden's, else 0."""
    return 1.0 if golden_points / 2 <= points <= max(golden_points * 2, 1) else 0.0


def chrf(hypothesis: str, reference: str) -> float:
    """Character n-gram F-score (sacrebleu chrF, so Chinese and Japanese score correctly)."""
    from sacrebleu.metrics.chrf import CHRF

    return float(CHRF().sentence_score(hypothesis, [reference]).score)


def worst(runs: Sequence[Scores]) -> Scores:
    """The lowest value of each metric over repeated runs."""
    return Scores(**{m: min(getattr(r, m) for r in runs) for m in METRICS})


def mean(runs: Sequence[Scores]) -> Scores:
    """The average of each metric over repeated runs."""
    return Scores(**{m: round(sum(getattr(r, m) for r in runs) / len(runs), 4) for m in METRICS})
