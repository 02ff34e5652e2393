"""German: a short quotation inside a clause whose subject speaks, with no cue of ours (`desubj30`).

The probe paragraphs (tests/data/probes/german_clause_subject.toml, invented, gold set before the
finder ran): positives where the clause's subject, a relative clause's antecedent, the holder of
"Für X ist …" / "Was für X … ist" or a statement noun's genitive owner speaks; negatives where
the subject is a thing, the quotation a title or scare quote, two people share the clause, an
object is put first, or a relative clause's antecedent is not the speaker.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str, start: str) -> str | None:
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(start)]
    return None if quote.kind == "title" else quote.speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a role antecedent of a relative clause of calling (a name was needed before)
        (
            "Der Innenminister, der den Bau als „reine Verschwendung“ kritisiert hatte, schwieg.",
            "reine Verschwendung",
            "Innenminister",
        ),
        # "Für X ist …" with a role or a body, no name
        (
            "Für die Stiftung war der Entwurf ein „mutiger Schritt nach vorn“.",
            "mutiger Schritt",
            "Stiftung",
        ),
        # a body opening a subordinate clause, then one capitalised word (its object)
        (
            "Es gab Streit, weil die Fraktion Spanien als „schwierigen Nachbarn“ bezeichnet hatte.",
            "schwierigen Nachbarn",
            "Fraktion",
        ),
        (
            "Der Bericht war brisant, weil die US-Regierung Georgien als „Demokratie“ bezeichnet.",
            "Demokratie",
            "US-Regierung",
        ),
        # "Was für X … ist, …"
        (
            "Was für die Kammer eine „überfällige Klarstellung“ ist, halten andere für Zensur.",
            "überfällige Klarstellung",
            "Kammer",
        ),
        # a statement noun's genitive owner
        (
            "Die Warnung der Ärztin Vera Lind vor einer „stillen Epidemie“ fand kaum Gehör.",
            "stillen Epidemie",
            "Vera Lind",
        ),
    ],
)
def test_the_subject_speaks(text: str, start: str, speaker: str) -> None:
    found = _speaker(text, start)
    assert found is not None and speaker in found, found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Der Bericht, der die Lage als „äußerst angespannt“ beschrieben hatte, liegt vor.",
            "äußerst",
        ),
        ("Für die Kinder war der Ausflug ein „großes Abenteuer“.", "großes Abenteuer"),
        (
            "Es kam zu Protesten, weil der Plan Hamburg als „Verlierer der Reform“ einstufte.",
            "Verlierer",
        ),
        (
            "Die Kritik des Gutachtens an der „mangelhaften Aufsicht“ blieb folgenlos.",
            "mangelhaften",
        ),
        ("Die Warnung vor einer „zweiten Welle“ verhallte.", "zweiten Welle"),
        ("Was für ein „Theater“ das war!", "Theater"),
    ],
)
def test_a_thing_or_no_owner_names_nobody(text: str, start: str) -> None:
    assert _speaker(text, start) is None


def test_statement_owner_is_linear() -> None:
    one = "Die Warnung des Ministers Jan Roth vor einer „neuen Krise“ blieb ohne Echo. "
    assert_linear(lambda n: find_quotes(one * n, "de"), 100)
