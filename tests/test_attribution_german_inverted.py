"""German: a name right after the verb of a clause an adverb opens is its subject, whom "er" or
"sie" in the next sentence may stand for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = " Er sagte: „Wir bauen zwei Brücken.“"


@pytest.mark.parametrize(
    "opening",
    [
        "Unterdessen verteidigte der Vorsitzende der Partei, Timo Brandt (SPD), den Vorschlag.",
        "Unterdessen verteidigte der Vorsitzende der Partei, Timo Brandt, den Vorschlag.",
        "Gestern verteidigte der Minister des Landes, Timo Brandt, die Pläne.",
    ],
)
def test_a_pronoun_stands_for_the_subject_after_an_inverted_verb(opening: str) -> None:
    [quote] = find_quotes(opening + _SAID, "de")
    assert (quote.speaker, quote.confidence) == ("Timo Brandt", "low")


@pytest.mark.parametrize(
    "opening",
    [
        "Gestern lobte sie Timo Brandt für die Pläne.",
        "Die Ministerin lobte Timo Brandt für die Pläne.",
        "Unterdessen lobte die Stadt Timo Brandt für die Pläne.",
        "Dann schickte Timo Brandt der Ministerin eine Nachricht.",
    ],
)
def test_a_name_after_the_verb_and_its_subject_is_the_object(opening: str) -> None:
    [quote] = find_quotes(opening + _SAID, "de")
    assert quote.speaker != "Timo Brandt"
