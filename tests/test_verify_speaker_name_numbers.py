"""A number inside the speaker's name ("G7 foreign ministers") is part of the credit, which the
speaker checks judge, not a figure the point claims: it never makes number_not_in_evidence."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.source.sentences import numbered
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Span, Summary, Verification
from summarizer.verification.check import verify

MEETING = (
    "The G7 foreign ministers met in Rome on Monday to discuss the war.\n\n"
    "“We stand united behind Kyiv,” they said in a joint statement after the talks.\n\n"
    "Observers called the meeting short and cordial."
)
QUOTE = "We stand united behind Kyiv,"


def checked(text: str, speaker: str) -> Verification:
    """The verification of one point that credits QUOTE, citing only the sentence holding it."""
    art = Article.from_text(MEETING, title="Ministers meet in Rome", lang="en", origin="test")
    sentence = next(s for s in numbered(art) if QUOTE in s.text)
    point = Point(text, speaker, (QuoteRef(QUOTE),), (Span(sentence.start, sentence.end),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    summary = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
    assert summary.verification is not None
    return summary.verification


def test_a_digit_in_the_credited_name_is_no_unstated_number() -> None:
    found = checked(f"G7 foreign ministers said: “{QUOTE}”", "G7 foreign ministers")
    assert found.ok, found.errors
    assert "number_not_in_evidence" not in {f.kind for f in found.failures}


def test_a_number_the_point_claims_is_still_checked() -> None:
    found = checked(f"G7 foreign ministers said on 12 Monday: “{QUOTE}”", "G7 foreign ministers")
    assert [f.kind for f in found.errors] == ["number_not_in_evidence"]
    assert '"12"' in found.errors[0].detail


def test_a_name_the_article_never_gives_still_fails() -> None:
    found = checked(f"G8 foreign ministers said: “{QUOTE}”", "G8 foreign ministers")
    assert "unknown_speaker" in {f.kind for f in found.errors}
