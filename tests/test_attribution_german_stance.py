"""German indirect speech: verbs of stance before a Konjunktiv clause, and Konjunktiv carried on."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote

_LEAD = "Am Montag tagte der Rat. "


def _speaker(text: str) -> tuple[str | None, str]:
    quote = only_quote(_LEAD + text, "de")
    return quote.speaker, quote.confidence


def _speakers(text: str) -> set[str | None]:
    return {quote.speaker for quote in find_quotes(_LEAD + text, "de")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of fearing, demanding or finding fault, its comma, a Konjunktiv clause
        ("Jan Roth befürchtete, der Plan werde „ins Leere“ laufen.", "Jan Roth"),
        # (not "bemängelte", "verlangte": verbs of saying since deverbs26, their subject high)
        ("Eva Ems fürchtete, der Entwurf sei „viel zu vage“.", "Eva Ems"),
        ("Jan Roth hoffte, die Stadt werde „sofort handeln“.", "Jan Roth"),
        ("Der Sprecher befürchtet, die Löhne könnten „ins Bodenlose“ fallen.", "Sprecher"),
        # an apposition before the verb; the perfect; a separable verb and its predicative
        (
            "Der Vorsitzende der Partei, Jan Roth, fürchtete, der Entwurf sei „viel zu vage“.",
            "Jan Roth",
        ),
        (
            "Jan Roth hatte schon im Mai befürchtet, die Firma werde „ins Straucheln“ geraten.",
            "Jan Roth",
        ),
        ("Jan Roth zeigte sich überzeugt, die Stadt werde „rasch handeln“.", "Jan Roth"),
        ("Eva Ems hofft, die Lage werde sich „bald bessern“.", "Eva Ems"),
    ],
)
def test_stance_verb_opens_indirect_speech(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # another verb of saying in the clause: Ems's words, not Roth's
        "Jan Roth glaubt, Eva Ems habe gesagt, die Lage sei „ernst“.",
        # no Konjunktiv: the writer's words
        "Jan Roth hofft auf Regen, die Ernte ist „gefährdet“.",
        # a question puts the verb first: no subject opens the sentence
        "Befürchtet Jan Roth wirklich, die Löhne könnten „ins Bodenlose“ fallen?",
    ],
)
def test_stance_verb_needs_its_own_indirect_speech(text: str) -> None:
    assert "Jan Roth" not in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Die Lage" at a sentence start is no name; a body the speaker speaks of is none either
        "Jan Roth erklärte, die Regierung habe versagt. Die Lage sei „dramatisch“.",
        "Jan Roth erklärte, die Regierung habe versagt. Diesmal sei die Landesregierung "
        "kaum in der Lage, die Fristen „nach allem, was man weiß“ zu halten.",
        # "8,6 Milliarden Euro" is an amount, no name
        "Eva Ems, die Sprecherin der Grünen, kritisierte die Pläne der Regierung. Jan Roth "
        "sagte nichts. Hier seien die Mittel angesichts von 8,6 Milliarden Euro „unrealistisch“.",
        # the name the sentence before gives is no new person
        "Das musste Finanzminister Jan Roth zu Beginn der Sitzung zugeben. Obwohl Roth mit "
        "höheren Steuern rechnet, "
        "sei man von einem „ausgeglichenen Etat noch weit weg“.",
    ],
)
def test_konjunktiv_carries_on(text: str) -> None:
    quote = only_quote(_LEAD + text, "de")
    assert quote.speaker is not None and quote.confidence == "low"
    assert quote.basis == "carried"


@pytest.mark.parametrize(
    "text",
    [
        # a new person named: the Konjunktiv may be anyone's
        "Jan Roth erklärte, die Regierung habe versagt. Die Ministerin Eva Ems sei „überfordert“.",
        # two people named in the sentence before: either may speak
        "Jan Roth traf Eva Ems in Berlin. Ems sei „überfordert“.",
        "Jan Roth traf Eva Ems in Berlin. Die Regierung sei „überfordert“.",
        # an impersonal frame of saying is a source of its own
        "Jan Roth erklärte, die Regierung habe versagt. Aus Paris hieß es, das Vorgehen sei "
        "„eine Verletzung“ des Abkommens.",
        # the indicative, and a question: no indirect speech
        "Jan Roth erklärte, die Regierung habe versagt. Die Regierung hat „versagt“.",
        "Jan Roth erklärte, die Regierung habe versagt. Ist die Lage wirklich „dramatisch“?",
    ],
)
def test_konjunktiv_does_not_carry(text: str) -> None:
    assert "Jan Roth" not in _speakers(text)
