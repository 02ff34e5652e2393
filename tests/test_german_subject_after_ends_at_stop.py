"""A German subject read after its verb ends at the sentence's stop: "Dann sprach Anna Lenz. Er
kam" names "Anna Lenz", never "Anna Lenz Er" (summarizer/attribution/german/tokens.py)."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_QUOTE = "„Wir sind hier und wir bleiben hier!“"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de", "")]


def test_the_name_after_the_verb_stops_at_the_full_stop() -> None:
    for after in ("Er kündigte weitere Streiks an.", "Danach kündigte sie Streiks an."):
        text = f"Dann sprach der Betriebsratschef Tom Roe. {after}\n\n{_QUOTE}"
        assert _said(text) == [("Tom Roe", "low")], after


def test_abbreviations_and_ordinals_inside_the_subject_stay() -> None:
    assert _said(f"{_QUOTE}, sagte Prof. Dr. Anna Lenz.") == [("Anna Lenz", "high")]
    assert _said(f"{_QUOTE}, sagte der 1. Vorsitzende Tom Roe.") == [("Tom Roe", "high")]
    assert _said(f"{_QUOTE}, sagte Anna Lenz am 3. März.") == [("Anna Lenz", "high")]
    assert _said(f"Zuerst sagte Dr. Anna Lenz: {_QUOTE}") == [("Anna Lenz", "high")]
