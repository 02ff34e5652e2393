"""A role or an age taken up again at a cue: the one person the article introduced with it.

Invented people; the gold was written before the finder was run (speakers/taken_up.py)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in `text`."""
    quote = find_quotes(text, lang)[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        # a compound title's head ("Innenminister" -> "der Minister")
        "Innenminister Jan Ost besuchte am Montag Kiel. „Wir bleiben“, sagte der Minister.",
        # an apposition and a predicate give the role too
        "Jan Ost, der Innenminister, besuchte Kiel. „Wir bleiben“, sagte der Minister.",
        "Jan Ost ist Innenminister. Er besuchte Kiel. „Wir bleiben“, sagte der Minister.",
        "Der Sozialdemokrat Jan Ost besuchte Kiel. „Wir bleiben“, sagte der Sozialdemokrat.",
        # an age given with the name
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        "Der 58-jährige Jan Ost besuchte Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        "Jan Ost, 58, besuchte am Montag Kiel. „Wir bleiben“, sagte der 58-Jährige.",
    ],
)
def test_german_role_or_age_taken_up_names_the_one_person(text: str) -> None:
    assert _last(text, "de") == ("Jan Ost", "low")


def test_german_woman_of_that_age_is_named() -> None:
    text = "Vera Roth (42) leitet die Schule. „Wir bauen an“, sagte die 42-Jährige."
    assert _last(text, "de") == ("Vera Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        # two ministers before the cue: either one
        "Innenminister Jan Ost traf Finanzminister Udo Brink. „Wir bleiben“, sagte der Minister.",
        "Innenminister Jan Ost traf den Innenminister Udo Brink. „Gut“, sagte der Minister.",
        # a woman's role never links to a man's title, nor her age to his
        "Innenminister Jan Ost besuchte Kiel. „Wir bleiben“, sagte die Ministerin.",
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte die 58-Jährige.",
        # an age two people share
        "Jan Ost (58) und Udo Brink (58) besuchten Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        # another rank, or a role nobody was given
        "Vizekanzler Jan Ost besuchte Kiel. „Wir bleiben“, sagte der Kanzler.",
        "Jan Ost besuchte am Montag Kiel. „Wir bleiben“, sagte der Minister.",
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte der 60-Jährige.",
        # the role of a relative clause after the name is not his
        "Jan Ost, der den Minister lobte, war in Kiel. „Wir bleiben“, sagte der Minister.",
    ],
)
def test_german_role_with_no_one_holder_names_nobody(text: str) -> None:
    speaker, _ = _last(text, "de")
    assert speaker not in ("Jan Ost", "Udo Brink")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 65, was in Leeds on Monday. “We stay,” the 65-year-old said.",
        "The 65-year-old Tom Hale was in Leeds. “We stay,” the 65-year-old said.",
    ],
)
def test_english_age_taken_up_names_the_one_person(text: str) -> None:
    assert _last(text, "en") == ("Tom Hale", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 65, met Ann Cole, 65, in Leeds. “We stay,” the 65-year-old said.",
        "Tom Hale, 65, was in Leeds on Monday. “We stay,” the 70-year-old said.",
        # a description is linked by an age only, never by a word of an apposition
        "Tom Hale, a company founder, was in Leeds. “We stay,” the company said.",
    ],
)
def test_english_age_with_no_one_holder_names_nobody(text: str) -> None:
    speaker, _ = _last(text, "en")
    assert speaker not in ("Tom Hale", "Ann Cole")
