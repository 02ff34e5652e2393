"""German: a name right after the verb of a clause an adverb opens is its subject, whom "er" or
"sie" in the next sentence may stand for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = " Er sagte: „Wir bauen zwei Brücken.“"


@pytest.mark.parametrize(
    "opening",
    [
        "Zuvor verteidigte der Sprecher der Fraktion, Timo Brandt (SPD), den Entwurf.",
        "Zuvor verteidigte der Sprecher der Fraktion, Timo Brandt, den Entwurf.",
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


# A prepositional phrase may open the clause too, and the role may hold an adjective; a person's
# title and name after the subject's article need no commas.
@pytest.mark.parametrize(
    "opening",
    [
        "In einer Sitzung des Rates am Montag verteidigte der neue Senator, Timo Brandt, den Plan.",
        "Gestern verteidigte der neue Bausenator, Timo Brandt (SPD), die Pläne.",
        "Am Montag verteidigte der Minister Timo Brandt die Pläne.",
        "Unterdessen hält der Innenminister Timo Brandt nichts von dem Vorschlag.",
        "Dagegen hält der Minister Timo Brandt nichts von dem Vorschlag.",
    ],
)
def test_a_pronoun_stands_for_a_subject_after_a_phrase_or_a_title(opening: str) -> None:
    [quote] = find_quotes(opening + _SAID, "de")
    assert (quote.speaker, quote.confidence, quote.basis) == ("Timo Brandt", "low", "pronoun")


# The object after a titled subject, a run that holds two names, a phrase cut by a comma, two men
# after the verb: "er" may be either, so nobody.
@pytest.mark.parametrize(
    "opening",
    [
        "Am Montag traf die Ministerin Eva Ems den Minister Timo Brandt.",
        "Am Montag lobte der Minister Jan Roth den Kollegen Timo Brandt.",
        "Am Montag lobte der Minister Jan Roth Timo Brandt.",
        "Nach dem Treffen, das der Minister Timo Brandt leitete, gingen alle.",
        "Am Montag trafen sich der Minister Jan Roth und der Senator Timo Brandt.",
    ],
)
def test_no_titled_object_or_second_man_takes_the_pronoun(opening: str) -> None:
    [quote] = find_quotes(opening + _SAID, "de")
    assert quote.speaker is None


def test_many_inverted_titles_stay_linear() -> None:
    lead = "Am Montag lobte der Minister Jan Roth den Plan. "
    assert_linear(lambda n: find_quotes(lead * (10 * n) + "„Nein“, sagte er. " * n, "de"), 25)
