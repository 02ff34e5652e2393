"""German clauses of saying a conjunction opens: their subject speaks the indirect speech after."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote


def _speaker(text: str) -> tuple[str | None, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verb closes the conjunction's clause, an auxiliary after it; Konjunktiv follows
        (
            "Die Richterin blieb hart, zumal Verteidiger Tom Weber vor Gericht stets betont hatte, "
            "sein Mandant sei „völlig harmlos“.",
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


# The main clause's subject opens the sentence, but the words stand in the clause of saying that
# "obwohl", "weil", "nachdem" or "da" opens: its own subject speaks, not the main clause's.
@pytest.mark.parametrize(
    "text",
    [
        "Die Richterin blieb hart, obwohl Tom Weber dem Gericht versichert hatte, sein Mandant "
        "sei „harmlos“.",
        "Die Richterin blieb hart, weil Tom Weber erklärt hatte, sein Mandant sei „krank“.",
        "Die Richterin zögerte, nachdem Tom Weber betont hatte, sein Mandant sei „harmlos“.",
    ],
)
def test_the_subordinate_subject_speaks_not_the_sentence_subject(text: str) -> None:
    [quote] = find_quotes(text, "de")
    assert (quote.speaker, quote.confidence) == ("Tom Weber", "low")


def test_a_conjunction_with_no_verb_of_saying_leaves_the_sentence_subject() -> None:
    text = "Die Richterin blieb hart, obwohl Tom Weber krank war, und nannte ihn „stur“."
    [quote] = find_quotes(text, "de")
    assert quote.speaker != "Tom Weber"
