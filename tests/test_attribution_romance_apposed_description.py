"""French and Spanish: after a cue, a definite description set off by a comma from a name
("Selon l'entraîneur clermontois, Philippe Ancelin, « … »") is that name's role: the name speaks."""
# fres24: an elided article ("l'entraîneur") or a modifier after the noun ("el entrenador
# malagueño") left the apposed name unread.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[str | None]:
    """The speaker of each quotation of `text`."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon l'entraîneur clermontois, Philippe Ancelin, « ce succès ne vaut rien ».", "fr"),
        ("« Nous avons mal joué », a déclaré l'entraîneur, Philippe Ancelin.", "fr"),
        ("« Nous avons mal joué », a dit la capitaine adjointe, Philippe Ancelin.", "fr"),
        ("«Hemos regalado el partido», dijo el entrenador malagueño, Philippe Ancelin.", "es"),
        ("Según el entrenador, Philippe Ancelin, su equipo «no supo gestionar la ventaja».", "es"),
        # intl32: an indefinite head with no complement is read too (frames/indefinite_named.py)
        ("«Es falso», dijo un vecino, Philippe Ancelin.", "es"),
    ],
)
def test_the_apposed_name_speaks(text: str, lang: str) -> None:
    assert _said(text, lang) == ["Philippe Ancelin"]


# Negatives: an indefinite head with a complement ("un proche du maire": the name may be the
# mayor's), a preposition inside the description (the one told) leave the name unread.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Non », a lancé le juge à l'accusé, Philippe Ancelin.", "fr"),
        ("« Non », a lancé un proche du maire, Philippe Ancelin.", "fr"),
    ],
)
def test_no_definite_description_no_name(text: str, lang: str) -> None:
    assert _said(text, lang) == [None]
