"""A capitalised hearsay cue right after a dash opens its clause as after a full stop: "NANTES —
Selon le préfet, Pierre Morel, « … »" is his, as without the dateline (cueword.is_verb)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[str | None]:
    """The speaker of each quotation of `text`."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "NANTES — Selon le préfet, Pierre Morel, « la situation est sous contrôle ».",
            "fr",
            "Pierre Morel",
        ),
        (
            "Selon le préfet, Pierre Morel, « la situation est sous contrôle ».",
            "fr",
            "Pierre Morel",
        ),
        ("MADRID — Según el alcalde, Pedro Ruiz, «la ciudad está preparada».", "es", "Pedro Ruiz"),
    ],
)
def test_hearsay_after_a_dateline_dash_names_its_source(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang) == [speaker]


# Negatives: the dateline's place never speaks; an unnamed role after it names nobody.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NANTES — Selon le préfet, « la situation est sous contrôle ».", "fr"),
        ("NANTES — Selon la ministre, Marseille « mérite mieux ».", "fr"),
    ],
)
def test_the_dateline_and_a_lone_word_name_nobody(text: str, lang: str) -> None:
    assert _said(text, lang) == [None]
