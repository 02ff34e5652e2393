"""An excerpt of older print that opens inside a quotation closes it at its first closing mark,
also when the mark is a single guillemet (›…‹) or set a space after the sentence's end as
transcriptions of Fraktur set it (`… uns. “ Aber …`); a spaced mark that the paragraph closes
again opens a quotation."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_CUT = "dort wird kein Mensch mehr froh, und wir wissen es wohl{c} Dann schwieg der Graf lange. "
_CUT += "Darauf sprach der Bürgermeister: {o}Wir bleiben hier{c} Alle nickten."


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("opener", "closer"),
    [("„", ".“"), ("»", ".«"), ("›", ".‹"), ("„ ", ". “"), ("„", '. "')],
)
def test_an_excerpt_cut_inside_a_quotation_closes_it_at_its_first_mark(
    opener: str, closer: str
) -> None:
    quotes = _speech(_CUT.format(o=opener, c=closer))
    assert [q.text for q in quotes] == [
        "dort wird kein Mensch mehr froh, und wir wissen es wohl.",
        "Wir bleiben hier.",
    ]
    assert quotes[1].speaker == "Bürgermeister"


def test_a_spaced_mark_that_the_paragraph_closes_again_opens() -> None:
    # French order, spaced: « opens after the sentence end, » closes it
    text = "Der Graf stand auf. « Wir bleiben hier », sagte er. Alle nickten."
    [quote] = _speech(text)
    assert quote.text == "Wir bleiben hier"
    text = "Der Graf stand auf. » Wir bleiben hier «, sagte der Graf. Alle nickten."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("Wir bleiben hier", "Graf")


def test_a_low_mark_or_a_mark_before_a_letter_never_closes_spaced() -> None:
    # a ditto mark in a table and a spaced low mark open or quote nothing: no quotation closes
    text = "Weizen ....... 10·54 per 50 kg. „ 5·53 „ „ „ Hafer ....... 8·12 per 50 kg."
    assert not _speech(text)
    text = "Er ging heim. “Nein, sagte er. Dann schlief er."
    assert all(q.text != "Er ging heim." for q in _speech(text))


def test_many_spaced_marks_after_sentence_ends_stay_linear() -> None:
    assert_linear(lambda n: find_quotes("Ja. “ Nein. « " * n + "Ende.", "de"), 100)
    assert_linear(lambda n: find_quotes("Ja. ‹ " * (2 * n), "de"), 100)
