"""German subjects put first: past an adverb ("Auch X will „…“"), or after "Für" (a judge)."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote

_LEAD = "Der Vorstand tagte am Montag. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb before the subject that opens the sentence, whatever the verb
        (
            "Auch der Sprecher der Fraktion, Dieter Wiesel, will den Plan „sorgfältig prüfen“.",
            "Dieter Wiesel",
        ),
        (
            "Auch Dieter Wiesel will „in den kommenden Wochen prüfen“, ob das reicht.",
            "Dieter Wiesel",
        ),
        ("Auch die Ministerin Eva Roth hielt den Plan für „völlig verfehlt“.", "Eva Roth"),
    ],
)
def test_adverb_before_the_opening_subject(text: str, speaker: str) -> None:
    assert only_quote(_LEAD + text, "de").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no person opens the sentence after the adverb
        "Auch die Lage bleibt „sehr angespannt“.",
        # the adverb puts the verb second: what follows it is no subject read here
        "Dann kam der „große Moment“ für die Stadt.",
    ],
)
def test_adverb_before_no_person(text: str) -> None:
    assert only_quote(_LEAD + text, "de").speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "für" and a named person put first, a copula, the quotation its predicative
        ("Für Senator Paul Lenz ist das ein „gelungenes Beispiel“ für Integration.", "Paul Lenz"),
        ("Für die Ministerin Eva Roth war der Plan eine „flexible Lösung für alle“.", "Eva Roth"),
    ],
)
def test_the_judge_für_names(text: str, speaker: str) -> None:
    quote = only_quote(_LEAD + text, "de")
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # no named person: a group the thing is for
        "Für Familien ist der Eintritt „völlig kostenlos“.",
        # a participle closes the clause: something is done for the person
        "Für Paul Lenz ist ein „großer Empfang“ geplant.",
        # "für" not first in the sentence
        "Der Eintritt ist für Paul Lenz „völlig kostenlos“.",
    ],
)
def test_no_judge_für_names(text: str) -> None:
    assert only_quote(_LEAD + text, "de").speaker is None
