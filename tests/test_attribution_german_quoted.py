"""German verbs of quoting: the person quoted speaks, where the words quoted are named."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote

_LEAD = "Der Vorstand tagte am Montag. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the active verb's object, with "mit den Worten" or "mit folgenden Worten"
        (
            "Die Zeitung zitiert den Trainer Jan Roth mit den Worten „Wir spielen um den"
            " Aufstieg. Mehr ist nicht drin.“",
            "Jan Roth",
        ),
        (
            "Ein Radiosender zitierte Roth mit den Worten: „Ich bleibe hier. Das ist sicher.“",
            "Roth",
        ),
        (
            "Die Agentur zitiert dazu die Ministerin Eva Brandt mit folgenden Worten: „Die"
            " Banken haben versagt. Wir handeln.“",
            "Eva Brandt",
        ),
        # the passive's subject, after the auxiliary or before it
        (
            "Zur Lage des Vereins wird Hans Körber auf der Website des Klubs wie folgt zitiert:"
            " „Wir haben schwere Jahre vor uns. Aber wir schaffen das.“",
            "Hans Körber",
        ),
        (
            "Die Ministerin Eva Brandt wurde von der Agentur mit den Worten zitiert: „Die Banken"
            " haben versagt.“",
            "Eva Brandt",
        ),
        (
            "Im Fernsehen wird der Kanzler Olaf Brenner mit dem Satz zitiert: „Das wird nichts.“",
            "Olaf Brenner",
        ),
        # the passive's subject is quoted, the words named or not
        (
            "In der Zeitung wird der Minister Karl Stein zitiert: „Die Banken haben versagt.“",
            "Karl Stein",
        ),
    ],
)
def test_the_person_quoted_speaks(text: str, speaker: str) -> None:
    quote = only_quote(_LEAD + text, "de")
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # the words are not named: the source's own words, or the person's, who can tell
        "Die Zeitung zitiert den Minister Karl Stein: „Die Banken haben versagt.“",
        # the person quotes a poet in words not named as the poet's
        "Karl Stein zitierte den Dichter mit dem Vers „Mehr Licht!“",
        # a document quoted, no subject to the passive
        "In dem Bericht wird wie folgt zitiert: „Die Banken haben versagt.“",
        # a preposition before the person: the report is quoted, not the minister
        "Die Zeitung zitierte aus dem Bericht des Ministers Karl Stein mit den Worten: „Die"
        " Banken haben versagt.“",
    ],
)
def test_no_person_quoted(text: str) -> None:
    assert only_quote(_LEAD + text, "de").speaker is None


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
