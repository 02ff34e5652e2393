"""An evidence sentence names a capitalised speaker only by capitalised words: "new details" does
not name the New York Times, so a point credited to it there gets speaker_not_in_evidence."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.source.sentences import numbered
from summarizer.summary import EngineInfo, Point, SourceInfo, Span, Summary
from summarizer.verification.check import verify

REPORT = (
    "An inquiry by The Record found new details about the harbour contract.\n\n"
    "A young voter in the port said the contract had been signed in secret.\n\n"
    "The New York Times reported the deal last year, and Neil Young sang about the harbour.\n\n"
    "The former employee said the papers were shredded."
)


def warned(speaker: str, sentence_start: str) -> bool:
    """Whether a point crediting `speaker`, citing the sentence that starts so, is warned."""
    art = Article.from_text(REPORT, title="Harbour contract", lang="en", origin="test")
    sentence = next(s for s in numbered(art) if s.text.startswith(sentence_start))
    point = Point(
        f"{speaker} reported on the contract.", speaker, (), (Span(sentence.start, sentence.end),)
    )
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    summary = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
    assert summary.verification is not None
    return "speaker_not_in_evidence" in {f.kind for f in summary.verification.failures}


def test_lower_case_words_do_not_name_a_capitalised_speaker() -> None:
    assert warned("New York Times", "An inquiry")
    assert warned("Neil Young", "A young voter")


def test_the_speaker_named_in_capitals_is_in_evidence() -> None:
    assert not warned("The Record", "An inquiry")
    assert not warned("New York Times", "The New York Times")
    assert not warned("Times", "The New York Times")
    assert not warned("Neil Young", "The New York Times")


def test_a_lower_case_description_still_matches_its_words() -> None:
    assert not warned("the former employee", "The former employee")
