"""One-point summaries that credit a quotation to a name, verified against their article."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.source.sentences import numbered
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Span, Summary, Verification
from summarizer.verification.check import verify

SPEAKER_KINDS = ("wrong_speaker", "speaker_unconfirmed", "title_credited")


def credited(art: Article, quote: str, name: str) -> Verification:
    """The verification of one point crediting `quote` to `name`, citing the sentence holding it."""
    sentence = next(s for s in numbered(art) if quote in s.text)
    evidence = (Span(sentence.start, sentence.end),)
    point = Point(f"{name} said: “{quote}”", name, (QuoteRef(quote),), evidence)
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    summary = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
    assert summary.verification is not None
    return summary.verification


def speaker_kinds(found: Verification) -> list[str]:
    """The speaker findings, in order."""
    return [f.kind for f in found.failures if f.kind in SPEAKER_KINDS]
