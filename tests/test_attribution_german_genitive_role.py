"""A role's noun in the genitive -s after "des"/"eines" and an adjective is no part of the name
after it, first name known or not (`de26`): "des italienischen Richters Salvatore Boemi" names
Salvatore Boemi; a given name in -s there stays the name's ("des dänischen Anders Fogh
Rasmussen")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Es wird schlimmer“, sagte"
_BOEMI = "Salvatore Boemi war es Mord."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"Laut dem Urteil des italienischen Richters {_BOEMI} {_SAID} Boemi.",
            "Salvatore Boemi",
        ),
        (
            f"Laut Angaben eines zuständigen Ermittlers {_BOEMI} {_SAID} Boemi.",
            "Salvatore Boemi",
        ),
        (
            f"Nach Einschätzung des italienischen Mafiajägers {_BOEMI} {_SAID} Boemi.",
            "Salvatore Boemi",
        ),
        (f"Nach Ansicht des neuen Trainers Olaf Kern fehlt Tempo. {_SAID} Kern.", "Olaf Kern"),
    ],
)
def test_a_role_in_the_genitive_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"Die Rede des dänischen Anders Fogh Rasmussen war lang. {_SAID} Rasmussen.",
            "Anders Fogh Rasmussen",
        ),
        (
            f"Die Rede des brasilianischen Luiz Inácio Lula war lang. {_SAID} Lula.",
            "Luiz Inácio Lula",
        ),
        (f"Der brasilianische Luiz Inácio Lula kam spät. {_SAID} Lula.", "Luiz Inácio Lula"),
    ],
)
def test_a_given_name_after_the_adjective_stays_the_names(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
