"""A preposition and a place opening a French clause without a comma are no part of the name
after them (frfix26)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

# (text, speaker, confidence): gold set before the code ran; None names nobody
CASES = [
    # a known first name after a one-word place: the name, but the place may have two words
    # whose second is a first name ("Saint Louis", "Port Louis"): never sure (frfix26b)
    ("À Toulon Jean Roux a affirmé : « La ville tiendra. »", "Jean Roux", "low"),
    ("À Marseille Benoît Payan a affirmé : « La ville tiendra. »", "Benoît Payan", "low"),
    ("À Saint Louis Dupont a déclaré : « La ville est sûre. »", "Louis Dupont", "low"),
    ("À Port Louis Jugnauth a déclaré : « La ville est sûre. »", "Louis Jugnauth", "low"),
    # an unknown first name: the place may be longer than one word, so the cut is no sure one
    # ("Luc" is known: sure)
    ("À Toulon Hubert Falco a affirmé : « La ville tiendra. »", "Hubert Falco", "low"),
    ("Depuis Odessa Oleg Kiper a déclaré : « La ville tiendra. »", "Oleg Kiper", "low"),
    ("Chez Michelin Florent Menegaux a annoncé : « Nous fermons. »", "Florent Menegaux", "low"),
    ("Chez Orange Luc de Valmy a annoncé : « Nous fermons. »", "Luc de Valmy", "low"),
    # more than a given name and a surname after the preposition: no sure cut, nobody
    ("À Saint Malo Hubert Falco a déclaré : « Non. »", None, None),
    # a cut at a first name with two more words after it: the place may take that first name
    ("À Saint Louis Jean Dupont a déclaré : « La ville est sûre. »", None, None),
    ("À Port Louis Pravind Jugnauth a déclaré : « La ville est sûre. »", None, None),
    # negatives: a comma, no preposition, a name's particle
    ("À Toulon, Hubert Falco a affirmé : « La ville tiendra. »", "Hubert Falco", "high"),
    ("Hubert Falco a affirmé : « La ville tiendra. »", "Hubert Falco", "high"),
    ("Jean Roux a affirmé : « La ville tiendra. »", "Jean Roux", "high"),
]


@pytest.mark.parametrize(("text", "speaker", "confidence"), CASES)
def test_speaker(text: str, speaker: str | None, confidence: str | None) -> None:
    (quote,) = find_quotes(text, "fr")
    assert quote.speaker == speaker
    if speaker:
        assert quote.confidence == confidence
