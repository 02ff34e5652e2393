"""One object per text content (marks/lines.one_text): the whole-text caches of the passes then
hit by identity, never by comparing two equal texts in full at every look-up."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from summarizer.attribution.marks.alike import alike
from summarizer.attribution.marks.lines import one_text
from summarizer.attribution.marks.marks import scan

# Own sentences; English marks, so that `alike` rewrites them as „…“.
_TEXT = "“Wir bauen die Brücke neu”, sagte Jana Roth. Der Rat stimmte zu.\n\n“Bald”, sagte sie."


def _anew(text: str) -> str:
    """An equal text that is another object."""
    return "".join(list(text))


def test_equal_texts_made_anew_are_one_object() -> None:
    first, second = _anew(_TEXT), _anew(_TEXT)
    assert first == second and first is not second
    assert one_text(first) is one_text(second)


def test_the_rewritten_marks_are_one_object_for_equal_texts() -> None:
    spans = list(scan(_TEXT))
    first, second = alike(_TEXT, spans), alike(_anew(_TEXT), spans)
    assert first is not None and first.startswith("„Wir") and "„Bald“" in first
    assert first is second  # a second call finds the first call's cached entries at once


def test_an_equal_text_made_anew_gives_the_same_quotations() -> None:
    found = find_quotes.__wrapped__(_TEXT, "de")
    again = find_quotes.__wrapped__(_anew(_TEXT), "de")
    assert again == found
    assert [q.speaker for q in found] == ["Jana Roth", "Jana Roth"]
