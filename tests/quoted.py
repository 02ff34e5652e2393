"""The one quotation a test sentence holds, for tests that ask who said it."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def only_quote(text: str, lang: str) -> Quote:
    """The single quotation of `text` that is no title; fails when there is not exactly one."""
    quotes = [q for q in find_quotes(text, lang) if q.kind != "title"]
    assert len(quotes) == 1, quotes
    return quotes[0]


def english_quotes(text: str) -> list[Quote]:
    """The quotations of an English text that are not titles, in order."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


def english_speakers(text: str) -> list[str | None]:
    """Each quotation's speaker in an English text, in order (titles left out)."""
    return [q.speaker for q in english_quotes(text)]


def assert_credited(text: str, lang: str, speaker: str | None, confidence: str | None) -> None:
    """The one quotation of `text` (titles too) has `speaker`, and when named, `confidence`."""
    (quote,) = find_quotes(text, lang)
    assert quote.speaker == speaker
    if speaker:
        assert quote.confidence == confidence
