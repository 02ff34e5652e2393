"""German names no list knows (invented first names): structure, not a list, makes them people.
A first name and a surname right after an inverted verb are its subject where the article writes
the surname again on its own; a role set off before a name marks its gender by its ending or by
the article of a nominative in -e. Capitalised nouns stay no one."""

from __future__ import annotations

import time

import pytest

from summarizer.attribution.find import find_quotes

_SAID = " Er sagte: „Wir bauen zwei Brücken.“"


def test_an_unknown_name_after_an_inverted_verb_is_its_subject_when_its_surname_recurs() -> None:
    text = "Gestern lobte Talvo Merunek den Plan." + _SAID + " Im Rat hat Merunek eine Mehrheit."
    [quote] = find_quotes(text, "de")
    assert (quote.speaker, quote.confidence) == ("Talvo Merunek", "low")


@pytest.mark.parametrize(
    "text",
    [
        # written once: an unknown pair after the verb may be anything
        "Gestern lobte Talvo Merunek den Plan." + _SAID,
        # nouns: "deutsche" in lower case, "die Bahn" after its article
        "Gestern lobte Deutsche Bahn den Plan." + _SAID + " Die deutsche Regierung und die Bahn"
        " schweigen.",
        "Gestern lobte Grüne Politik den Plan." + _SAID + " Die Politik schweigt.",
    ],
)
def test_capitalised_nouns_after_an_inverted_verb_are_no_subject(text: str) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker is None


_ROLE = (
    "Der Plan von Wolfgang Kern war umstritten. Unterdessen verteidigte {role} des Ausschusses, "
    "Talvo Merunek (SPD), den Entwurf. {pronoun} halte die Verlängerung für vertretbar und nannte "
    "sie „maßvoll“."
)


@pytest.mark.parametrize("role", ["die Vorsitzende", "die Sprecherin"])
def test_an_apposed_role_marks_an_unknown_name_a_woman(role: str) -> None:
    [quote] = find_quotes(_ROLE.format(role=role, pronoun="Sie"), "de")
    assert (quote.speaker, quote.confidence) == ("Talvo Merunek", "low")


@pytest.mark.parametrize(
    "opening",
    [
        "Unterdessen verteidigte die Vorsitzende des Ausschusses, Talvo Merunek (SPD), den Plan.",
        "Unterdessen verteidigte die Sprecherin der Fraktion, Talvo Merunek, den Plan.",
    ],
)
def test_er_never_stands_for_a_name_a_role_marks_a_woman(opening: str) -> None:
    [quote] = find_quotes(opening + _SAID, "de")
    assert quote.speaker is None


def test_a_name_written_many_times_stays_linear() -> None:
    shape = "Gestern lobte Talvo Merunek den Plan." + _SAID + " "
    times = []
    for count in (250, 1000):
        started = time.perf_counter()
        find_quotes(shape * count, "de")
        times.append(time.perf_counter() - started)
    assert times[1] < 8 * times[0] + 0.5
