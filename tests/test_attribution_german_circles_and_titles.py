"""German: "In Kreisen um X hieß es" names nobody; a quoted paper is read whole (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str, part: str) -> str | None:
    """The speaker of the quotation that holds `part`."""
    return next(q.speaker for q in find_quotes(text, "de", "") if part in q.text)


@pytest.mark.parametrize(
    "text",
    [
        "In Kreisen um Petra Berger hieß es, man sei „sehr enttäuscht“ von dem Ergebnis.",
        "In Kreisen um Petra Berger hieß es, man sei „sehr enttäuscht“.",
        "In Kreisen um Jan Roth heißt es, man sei „sehr enttäuscht“ über die Wahl.",
    ],
)
def test_impersonal_hiess_es_after_preposition_names_nobody(text: str) -> None:
    """An impersonal "hieß es" has "es" for subject: the person before it is no speaker."""
    assert _speaker(text, "sehr enttäuscht") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die „Frankfurter Allgemeine“ berichtet, der Plan sei „völlig verfehlt“.",
            "Frankfurter Allgemeine",
        ),
        (
            "Die „Neue Zürcher Zeitung“ schreibt, der Plan sei „völlig verfehlt“.",
            "Neue Zürcher Zeitung",
        ),
        ("Der „Spiegel“ berichtet, der Plan sei „völlig verfehlt“.", "Spiegel"),
        (
            "Die Frankfurter Polizei berichtet, der Plan sei „völlig verfehlt“.",
            "Frankfurter Polizei",
        ),
        ("Petra Berger sagte, sie sei „sehr enttäuscht“ von dem Ergebnis.", "Petra Berger"),
    ],
)
def test_quoted_title_is_whole(text: str, speaker: str) -> None:
    """A subject in quotation marks keeps every word of its title, never its last noun alone."""
    assert _speaker(text, "verfehlt" if "verfehlt" in text else "enttäuscht") == speaker
