"""German names after a description (`deold26`): a role noun inside a run parts a body from the
name ("Real Madrid Spieler Toni Kroos"), a short role in the genitive is no part of the name
("des amerikanischen Senators"), a particle inside a name keeps the surname ("Karl Theodor zu
Guttenberg"), an adverb of sequence may stand between the verb and its subject."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote

_SAID = "„Wir bleiben hier“, sagte"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Real Madrid Spieler Tom Brandt.", "Tom Brandt"),
        ("Los Angeles Lakers Star Kevin Moore.", "Kevin Moore"),
        ("die Deutsche Bahn Vorständin Evelyn Hartl.", "Evelyn Hartl"),
        ("die Schalke Legende Gerald Osei.", "Gerald Osei"),
        ("Werder Bremen Boss Klaus Fenner.", "Klaus Fenner"),
        ("Karl Theodor zu Wallenstein.", "Karl Theodor zu Wallenstein"),
        ("Karl-Theodor zu Wallenstein.", "Karl-Theodor zu Wallenstein"),
        ("Rafael van der Brink.", "Rafael van der Brink"),
    ],
)
def test_the_person_after_a_description_speaks(cue: str, speaker: str) -> None:
    quote = only_quote(f"{_SAID} {cue}", "de")
    assert (quote.speaker, quote.confidence) == (speaker, "high")


@pytest.mark.parametrize(
    "lead",
    [
        "des amerikanischen Senators Bernie Walsh",
        "des italienischen Regisseurs Paolo Ferri",
        "des amerikanischen Autors Jonathan Pike",
    ],
)
def test_a_short_role_in_the_genitive_is_no_part_of_the_name(lead: str) -> None:
    text = f"Nach Ansicht {lead} fehlt Tempo. {_SAID} {lead.split()[-1]}."
    assert only_quote(text, "de").speaker == " ".join(lead.split()[-2:])


# a body and a first name and surname after it with no role between: she is told, the body speaks
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("teilte Bayern München Olaf Kern mit.", "Bayern München"),
        ("teilte Bayern München Marc Lenz mit.", "Bayern München"),
        ("teilte Deutsche Fußball Liga Marc Lenz mit.", "Deutsche Fußball Liga"),
    ],
)
def test_a_body_before_a_told_name_stays_the_body_low(cue: str, speaker: str) -> None:
    quote = only_quote(f"„Wir bleiben hier“, {cue}", "de")
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("erklärte daraufhin der Minister Olaf Kern.", "Olaf Kern"),
        ("sagte anschließend die Ministerin Eva Ems.", "Eva Ems"),
    ],
)
def test_an_adverb_of_sequence_before_the_subject(cue: str, speaker: str) -> None:
    quote = only_quote(f"„Wir bleiben hier“, {cue}", "de")
    assert (quote.speaker, quote.confidence) == (speaker, "high")


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("teilte die Deutsche Bahn mit.", "Deutsche Bahn"),
        ("teilte daraufhin die Deutsche Bahn mit.", "Deutsche Bahn"),
        ("sagte die Bank Julius Bär.", "Julius Bär"),  # as before: the bank's name
        ("sagte Hans Peter zu Reportern.", "Hans Peter"),
        ("sagte Hans Peter zu Anna.", "Hans Peter"),
        ("sagte Olaf Kern zu Merkel.", "Olaf Kern"),
        ("sagte Jan zu Olaf Kern.", "Jan"),
        ("sagte Real Madrid Trainer Kern.", "Trainer Kern"),
    ],
)
def test_bodies_and_objects_stay_as_they_were(cue: str, speaker: str) -> None:
    assert only_quote(f"„Wir bleiben hier“, {cue}", "de").speaker == speaker


@pytest.mark.parametrize(
    "cue",
    [
        "Karl-Theodor zu Wallensteins Anwalt.",
        "Rafael van der Brinks Berater.",
        "Jan van Dokkums Berater.",
        "Peter van der Hoevens Sprecher.",
        "Paul Kerners Berater.",
    ],
)
def test_a_particled_surname_in_the_genitive_owns_the_speaker(cue: str) -> None:
    assert only_quote(f"{_SAID} {cue}", "de").speaker is None


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Jan van Dokkum.", "Jan van Dokkum"),
        ("Rafael van der Brink am Montag.", "Rafael van der Brink"),
        ("Karl-Theodor zu Wallenstein Journalisten.", "Karl-Theodor zu Wallenstein"),
        ("Berater Paul Kerner.", "Paul Kerner"),
    ],
)
def test_a_particled_name_before_no_owned_noun_stays_whole(cue: str, speaker: str) -> None:
    quote = only_quote(f"{_SAID} {cue}", "de")
    assert (quote.speaker, quote.confidence) == (speaker, "high")
