"""German clauses of saying a conjunction opens: their subject speaks the indirect speech after."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    quotes = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verb closes the conjunction's clause, an auxiliary after it; Konjunktiv follows
        (
            "Die Richterin blieb hart, zumal Verteidiger Tom Weber immer wieder betont hatte, "
            "der Angeklagte sei „nicht gefährlich“.",
            "Tom Weber",
        ),
        (
            "Nachdem der Minister Paul Ems erklärt hatte, die Reform sei „längst überfällig“, "
            "stieg der Kurs.",
            "Paul Ems",
        ),
        (
            "Da die Sprecherin Eva Roth betonte, man werde „alles prüfen“, blieb es ruhig.",
            "Eva Roth",
        ),
        # a listener in the dative does not speak
        (
            "Die Stimmung kippte, da Tom Weber dem Publikum versichert hatte, es gebe "
            "„keine Gefahr“.",
            "Tom Weber",
        ),
    ],
)
def test_conjunction_clause_of_saying(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # a verb with a person as its object, or no verb of saying: nobody
        "Es gab Streit, weil Tom Weber den Minister kritisiert hatte, der Plan sei „gescheitert“.",
        "Es gab Streit, nachdem Tom Weber lange geschwiegen hatte, die Stadt sei „pleite“.",
        # the conjunction's subject in the dative: no speaker
        "Es gab Streit, weil dem Minister Paul Ems gesagt worden war, der Plan sei „tot“.",
    ],
)
def test_no_clause_of_saying(text: str) -> None:
    assert _speaker(text)[0] is None
