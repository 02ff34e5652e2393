"""Older German print: speech after a colon that no mark opens but a mark closes, marks left
open or set stray, and straight single marks; each reading stays linear on many marks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "Die Sitzung dauerte bis in den späten Abend, daß alle müde waren. "


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech or writing, not titles."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize("closer", ["“", '"', "''", "”"])
def test_speech_after_a_colon_ends_at_the_mark_that_closes_it(closer: str) -> None:
    text = f"{_LEAD}Der Graf erhob sich und sagte: Wir bleiben. Das Land steht zu uns.{closer} "
    quotes = _speech(text + "Dann verließ er den Saal und schlug die Thür zu.")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Wir bleiben. Das Land steht zu uns.", "Graf")
    ]


def test_speech_after_a_colon_ends_at_its_closing_mark_after_another_quotation() -> None:
    text = f"{_LEAD}Der Fürst rief: „Das ist unerhört!“ "
    text += "Der Graf erwiderte: Wir geben nicht nach.“ Stille."
    quotes = _speech(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Das ist unerhört!", "Fürst"),
        ("Wir geben nicht nach.", "Graf"),
    ]


def test_an_excerpts_first_closing_mark_closes_the_speech_after_the_colon_before_it() -> None:
    text = f"{_LEAD}Der Graf erhob sich und sagte: "
    text += "Wir geben nicht nach, was es auch koste.“ Dann ging er."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("Wir geben nicht nach, was es auch koste.", "Graf")


def test_an_excerpt_cut_inside_a_quotation_with_no_colon_runs_from_its_start() -> None:
    text = "geben wir nicht nach.“ So schloß der Graf. Später rief der Fürst: „Das ist unerhört!“"
    assert [q.text for q in _speech(text)] == ["geben wir nicht nach.", "Das ist unerhört!"]


@pytest.mark.parametrize("closer", ['"', "“"])
def test_a_closing_mark_with_nothing_open_opens_no_quotation(closer: str) -> None:
    text = (
        f'{_LEAD}Der Graf sagte: Nein.{closer} Dann ging er hinaus. Später rief er: "Ja." Stille.'
    )
    assert [q.text for q in _speech(text)] == ["Nein.", "Ja."]  # not "Dann ging er hinaus. …"


def test_a_closing_mark_ends_no_speech_past_the_next_frames_colon() -> None:
    text = f"{_LEAD}Der Graf sagte: Wir bleiben. Der Fürst rief: Wir gehen.“ Dann war es still."
    assert [(q.text, q.speaker) for q in _speech(text)] == [
        ("Wir bleiben.", "Graf"),
        ("Wir gehen.", "Fürst"),
    ]


@pytest.mark.parametrize("opener", ["„", ",,"])
def test_an_opening_mark_that_nothing_closes_leaves_the_speech_after_the_colon(
    opener: str,
) -> None:
    text = f"Der Graf sagte: {opener}Wir geben nicht nach. Dann ging er. Der Fürst rief: „Nein!“"
    assert [(q.text, q.speaker) for q in _speech(text)] == [
        ("Wir geben nicht nach.", "Graf"),
        ("Nein!", "Fürst"),
    ]


def test_a_paired_opening_mark_after_a_colon_quotes_as_before() -> None:
    [quote] = _speech("Der Graf sagte: „Wir geben nicht nach.“ Dann ging er.")
    assert (quote.text, quote.speaker) == ("Wir geben nicht nach.", "Graf")


@pytest.mark.parametrize("mark", ["'", "''"])
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Der Graf sagte: {0}Wir geben nicht nach, daß ihr es wißt.{0} Dann ging er.", "."),
        ("{0}Wir geben nicht nach, daß ihr es wißt,{0} sagte der Graf.", ","),
    ],
)
def test_older_print_sets_straight_single_or_doubled_marks_round_speech(
    mark: str, text: str, words: str
) -> None:
    [quote] = _speech(text.format(mark))
    assert (quote.text, quote.speaker) == ("Wir geben nicht nach, daß ihr es wißt" + words, "Graf")


@pytest.mark.parametrize("mark", ["'", "''"])
def test_todays_german_reads_straight_single_or_doubled_marks_as_no_quotation(mark: str) -> None:
    text = f"Der Graf erhob sich und sagte: {mark}Wir geben nicht nach.{mark} Dann ging er."
    assert not _speech(text)
