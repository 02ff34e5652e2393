"""Speech after a colon that no mark opens runs to a closing mark only in older German print, and
never past a verb of saying after that mark or a sentence of narration (review 25b)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "Die Sitzung dauerte bis in den späten Abend, daß alle müde waren. "
_GRAF = f"{_LEAD}Der Graf sagte: Wir bleiben. "
_HELLO = "“Hello,” she said. Tom Hale "
_NARRATION = {"Then he left.", "Then he left the room.", "Later, she called.", "Dann ging er."}


def _said(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of each quotation of `text` that is speech, not a title."""
    return [(q.text, q.speaker) for q in _speech(text, lang)]


def _speech(text: str, lang: str) -> list[Quote]:
    """The quotations of `text` that are speech or writing."""
    return [q for q in find_quotes(text, lang) if q.kind != "title"]


@pytest.mark.parametrize(
    ("lang", "text", "colon", "later"),
    [
        (
            "en",
            f"{_HELLO}said: We stay. Good night,” said Ann Roe.",
            "Tom Hale",
            "Good night,",
        ),
        (
            "de",
            "„Hallo“, sagte Eva Ems. Olaf Kern sagte: Nein. Gute Nacht“, sagte Eva Ems.",
            "Olaf Kern",
            "Gute Nacht",
        ),
    ],
)
def test_another_speakers_words_after_a_colon_are_not_the_colon_speakers(
    lang: str, text: str, colon: str, later: str
) -> None:
    said = _said(text, lang)
    assert (later, colon) not in said
    assert [words for words, speaker in said if speaker == colon] in (["We stay."], ["Nein."])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            f"{_HELLO}said: We stay. Then he left. Good night,” Ann Roe said.",
        ),
        (
            "en",
            f"{_HELLO}replied: No. Then he left. Later, she called. Good night,” she said.",
        ),
        (
            "de",
            "„Hallo“, sagte Eva Ems. Olaf Kern sagte: Nein. Dann ging er. "
            "Gute Nacht“, sagte Eva Ems.",
        ),
        (
            "en",
            "The mayor said: We stay. Then he left the room. "
            "Good night,” Ann Roe called after him.",
        ),
    ],
)
def test_narration_after_a_colons_speech_is_no_quotation(lang: str, text: str) -> None:
    said = _said(text, lang)
    assert not {words for words, _ in said} & _NARRATION
    assert all(
        words in ("Hello,", "Hallo", "We stay.", "No. Then he left.", "Nein.") for words, _ in said
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Olaf Kern sagte: Wir bleiben. Dann ging er. Das war es,“ sagte Eva Ems.",
            [("Wir bleiben.", "Olaf Kern"), ("Das war es,", "Eva Ems")],
        ),
        (
            "en",
            "Tom Hale said: We stay. Then he left. Good night,” said Ann Roe.",
            [("We stay.", "Tom Hale"), ("Good night,", "Ann Roe")],
        ),
        (
            "de",
            f"{_GRAF}Dann ging er hinaus. Gute Nacht!“ rief ihm Hinrich Kamp nach.",
            [("Wir bleiben.", "Graf"), ("Gute Nacht!", "Hinrich Kamp")],
        ),
        (
            "de",
            f"{_GRAF}Dann ging er hinaus. Gute Nacht!“ rief der Fürst ihm nach.",
            [("Wir bleiben.", "Graf"), ("Gute Nacht!", "Fürst")],
        ),
        (
            "de",
            f"{_GRAF}Dann ging er hinaus. Gute Nacht,“ sagte der Fürst.",
            [("Wir bleiben.", "Graf"), ("Gute Nacht,", "Fürst")],
        ),
        (
            "de",
            f"{_LEAD}Die Lage war klar: Wir bleiben. Der Graf nickte. Gut so,“ sagte der Fürst.",
            [("Gut so,", "Fürst")],
        ),
    ],
)
def test_a_closing_mark_with_its_own_cue_quotes_its_last_sentence_only(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(text, lang) == expected


def test_speech_after_a_colon_stops_before_narration_and_another_cue_in_older_print() -> None:
    said = _said(f"{_GRAF}Hinrich Kamp aber lachte. Unsinn!“ rief er.", "de")
    assert said[0] == ("Wir bleiben.", "Graf")
    assert [words for words, _ in said] == ["Wir bleiben.", "Unsinn!"]


def test_narration_before_a_closing_mark_is_no_quotation_in_older_print() -> None:
    text = f"{_GRAF}Dann ging er hinaus. Gute Nacht!“ Hinrich Kamp sah ihm nach."
    assert _said(text, "de") == [("Wir bleiben.", "Graf"), ("Gute Nacht!", None)]
    assert _said(f"{_LEAD}Hinrich Kamp erklär= te: Wir bleiben. Seine Frau weinte.“", "de") == [
        ("Wir bleiben.", "Hinrich Kamp")
    ]


def test_speech_after_a_colon_runs_to_its_closing_mark_over_a_sentence_of_speech() -> None:
    text = f"{_GRAF}Das Land steht zu uns.“ Dann verließ er den Saal."
    assert _said(text, "de") == [("Wir bleiben. Das Land steht zu uns.", "Graf")]


def test_speech_after_a_colon_in_todays_german_ends_at_its_first_sentence() -> None:
    text = "Der Graf sagte: Wir bleiben. Das Land steht zu uns.“ Dann verließ er den Saal."
    assert ("Wir bleiben. Das Land steht zu uns.", "Graf") not in _said(text, "de")


@pytest.mark.parametrize("marks", ["'{}'", "„{}“"])
def test_a_works_name_after_a_naming_verb_is_its_title_in_older_print(marks: str) -> None:
    text = f"{_LEAD}Er nannte das Buch {marks.format('Die Freiheit')} und ging."
    assert [(q.text, q.kind) for q in find_quotes(text, "de")] == [("Die Freiheit", "title")]


def test_a_name_for_a_thing_after_a_naming_verb_stays_someones_words() -> None:
    text = f"{_LEAD}Der Reisende Burton nannte ihn „Victoria Tana“, und so heißt er noch."
    assert [q.kind for q in find_quotes(text, "de")] != ["title"]


def test_many_colons_and_closing_marks_stay_linear() -> None:
    text = _LEAD + "Der Graf sagte: Wir bleiben. Dann ging er. Gut,“ rief er. " * 2000
    assert len(find_quotes(text, "de")) >= 2000
