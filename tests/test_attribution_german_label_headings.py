"""A verbless "Name im Interview:" label names a person only when the name opens it or follows
a person's title; after any other noun ("Mordfall Jan Roth im Interview:") it heads a section."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _seen(text: str) -> str | None:
    """The one quotation's speaker."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker


@pytest.mark.parametrize("lead", ["Mordfall", "Fall", "Prozess gegen"])
def test_a_name_after_a_case_noun_is_no_label(lead: str) -> None:
    """'Mordfall Jan Roth im Interview: „…“' names no speaker."""
    assert _seen(f"{lead} Jan Roth im Interview: „Wir bleiben hart.“") is None


@pytest.mark.parametrize("lead", ["", "Ministerin "])
def test_a_name_or_a_titled_name_is_a_label(lead: str) -> None:
    """'Ministerin Eva Ems im Interview: „…“' is hers."""
    assert _seen(f"{lead}Eva Ems im Interview: „Wir bleiben hart.“") == "Eva Ems"


def test_a_time_after_the_labels_name_is_an_adverbial() -> None:
    """'Jan Roth Anfang März im Interview: „…“' is Roth's, not 'Roth Anfang März'."""
    assert _seen("Jan Roth Anfang März im Interview: „Wir bleiben hart.“") == "Jan Roth"
