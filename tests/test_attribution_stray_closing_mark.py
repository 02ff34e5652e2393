"""A closing mark that nothing opened opens nothing, in every language and print."""
# `… today. Then: Fine." She left "now" ok.`: the mark after "Fine." stands where only a closing
# mark stands (after a sentence's end, before a space) with no mark open before it; read as an
# opening mark it took the narration "She left" as a quotation and left "now" unquoted.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _quoted(text: str, lang: str = "en") -> list[str]:
    """The text of every quotation found in `text`."""
    return [q.text for q in find_quotes(text, lang)]


def test_a_stray_closing_mark_in_english_opens_no_quotation() -> None:
    assert _quoted('He said "yes" today. Then: Fine." She left "now" ok.') == ["yes", "now"]


def test_a_stray_closing_mark_after_a_paragraph_opens_no_quotation() -> None:
    assert _quoted('Ann Lee came.\n\nThen: Fine." She left "now" ok.') == ["now"]


def test_speech_a_colon_opens_ends_at_its_stray_closing_mark() -> None:
    quoted = _quoted('Mia Holt said: Fine, we stay." Then she left the hall.')
    assert not any("Then she left" in q for q in quoted)


def test_a_closing_mark_after_its_opening_mark_still_closes_it() -> None:
    assert _quoted('She said "Fine." Then she left "now" ok.') == ["Fine.", "now"]
