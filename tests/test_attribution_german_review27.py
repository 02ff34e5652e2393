"""German wrong names the session-27 reviews found: new clauses, changed verbs, plural objects."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _read(text: str) -> tuple[str | None, str, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence, quote.kind


# ", und" opens a main clause with its own subject: the subject of the cue before the comma never
# speaks the quotation (nobody is better than the wrong one).
@pytest.mark.parametrize(
    "text",
    [
        "Eva Ems lobte Kahl, und Kahl sagte: „Das war eine gute Arbeit heute.“",
        "Tim Kahl begrüßte Eva Ems, und die Gäste riefen: „Willkommen in unserer Stadt!“",
        "Eva Ems lobte Kahl, aber Kahl sagte: „Das war nicht mein Verdienst allein.“",
    ],
)
def test_new_clause_names_not_the_first_subject(text: str) -> None:
    assert _read(text)[0] not in ("Eva Ems", "Tim Kahl")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eva Ems lobte Kahl und sagte: „Das war eine gute Arbeit heute.“", "Eva Ems"),
        ("Eva Ems lobte Kahl, und sagte: „Das war eine gute Arbeit heute.“", "Eva Ems"),
        ("Eva Ems lobte Jan Kahl, und Jan Kahl sagte: „Das war eine gute Arbeit.“", "Jan Kahl"),
        ("Tim Kahl sagte: „Wir kommen morgen wieder zurück.“", "Tim Kahl"),
    ],
)
def test_shared_or_own_subject_stays(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


# "sagte … ab" (called off), "sagte … zu" (promised): the particle makes a verb that says nothing
@pytest.mark.parametrize(
    "text",
    [
        "„Wer wird Millionär?“ sagte RTL für Montag ab.",
        "„Das Sommerfest im Park“ sagte Kahl zu.",
    ],
)
def test_changed_verb_is_no_cue(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir kommen morgen wieder zurück“, sagte Tim Kahl zu den Gästen.", "Tim Kahl"),
        ("„Komm sofort her“, rief Tim Kahl ihr zu.", "Tim Kahl"),
        ("„Das ist falsch“, gab Tim Kahl zu.", "Tim Kahl"),
        ("„Das wird teuer für alle Beteiligten“, gab Jan Roth zu bedenken.", "Jan Roth"),
    ],
)
def test_verbs_of_saying_with_particles(text: str, speaker: str) -> None:
    assert _read(text)[:2] == (speaker, "high")


# a plural common noun after a full name after the cue is its object
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Viele Anleger sind besorgt. „Die Lage ist ernst“, warnte Jan Roth Anleger.",
            "Jan Roth",
        ),
        ("„Ihr habt großartige Arbeit geleistet“, lobte Jan Roth Kollegen.", "Jan Roth"),
        (
            "„Wir bleiben bei unserer Linie“, sagte Thomas Müller Westernhagen.",
            "Thomas Müller Westernhagen",
        ),
    ],
)
def test_plural_object_after_full_name(text: str, speaker: str) -> None:
    assert _read(text)[0] == speaker


def test_document_subject_gives_writing() -> None:
    text = "Der Bericht wirft der Behörde vor, sie habe „schwere Fehler bei der Aufsicht“ gemacht."
    assert _read(text) == ("Bericht", "low", "writing")
    heading = "In dem Bericht heißt es: „Die Behörde hat schwere Fehler gemacht.“"
    assert _read(heading)[2] == "writing"
