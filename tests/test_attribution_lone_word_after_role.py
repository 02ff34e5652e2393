"""One capitalised word set off by a comma after a role ("le président du club, Marseille", "Le
préfet, Nantes,", "Selon la ministre, Marseille « … »") is no holder of that role unless the
article writes it elsewhere as the last word of a full name (frames/holders.py)."""
# fixF24: a city or a club after "role," was the speaker, high after a cue.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "fr") -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« L'équipe a manqué de rigueur », a dit le président du club, Marseille.", "fr"),
        ("Le préfet, Nantes, a indiqué : « La situation est sous contrôle. »", "fr"),
        ("Selon la ministre, Marseille « mérite mieux ».", "fr"),
        ("Selon le maire, Lyon « ne cédera pas ».", "fr"),
        ("Según el alcalde, Madrid «no se rendirá».", "es"),
    ],
)
def test_a_lone_word_after_a_role_and_a_comma_names_nobody(text: str, lang: str) -> None:
    assert _said(text, lang) == [(None, "low")]


# Negatives: a full name, a surname the article writes in full, a surname with no comma.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« L'équipe a manqué de rigueur », a dit le président du club, Pierre Morel.",
            "Pierre Morel",
        ),
        (
            "Le préfet, Pierre Morel, a indiqué : « La situation est sous contrôle. »",
            "Pierre Morel",
        ),
        (
            "Le préfet Pierre Morel est venu. « Tout va bien », a dit le préfet, Morel.",
            "Pierre Morel",
        ),
        ("« Tout va bien », a dit le ministre Dupont.", "Dupont"),
        ("Le diffuseur, TF1, a indiqué : « Tout va bien. »", "TF1"),
        ("Selon le préfet, Pierre Morel, « la situation est sous contrôle ».", "Pierre Morel"),
    ],
)
def test_a_full_or_known_name_after_a_role_speaks(text: str, speaker: str) -> None:
    assert _said(text)[-1][0] == speaker


def test_many_roles_and_lone_words_stay_linear() -> None:
    text = "Le préfet, Nantes, a visité le port. " * 2000 + "« Fin », a dit le préfet, Nantes."
    assert _said(text)[-1] == (None, "low")
