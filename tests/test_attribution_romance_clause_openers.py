"""Clause openers that are no name: a Spanish preposition opening the sentence; in French an
elided article before a description and an elided clitic before the verb after an apposition."""
# fres24: "Sobre el mensaje, dijo que «…»" named "Sobre"; "L'avocat Paul Roux a plaidé." and
# "Le capitaine, Mathieu Roques, n'a pas caché …" were not read as the subjects of their verbs,
# so "a-t-il dit" after them named nobody.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


_BEFORE_ES = "El empresario Joaquín Ruiz Vela defendió el concurso. «Fue limpio», sostuvo. "


@pytest.mark.parametrize("opener", ["Sobre el mensaje", "Tras el juicio", "Durante la vista"])
def test_a_preposition_opening_the_sentence_is_no_speaker(opener: str) -> None:
    said = _said(f"{_BEFORE_ES}{opener}, dijo que el plan era «una locura».", "es")
    assert said[1][0] in (None, "Joaquín Ruiz Vela")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'avocat Paul Roux a plaidé. « Mon client est innocent », a-t-il dit.", "Paul Roux"),
        ("L’avocate Anne Roux a plaidé. « Il est innocent », a-t-elle dit.", "Anne Roux"),
        (
            "Le capitaine, Mathieu Roques, n'a pas caché sa colère. « Nous avons mal joué », "
            "a-t-il reconnu.",
            "Mathieu Roques",
        ),
    ],
)
def test_the_described_or_apposed_name_is_the_subject_he_carries(text: str, speaker: str) -> None:
    assert _said(text, "fr") == [(speaker, "low")]


# Negatives: the client of "L'avocat de X" and the one "n'a pas salué" are not the "il".
@pytest.mark.parametrize(
    "text",
    [
        "L'avocat de Paul Roux a plaidé. « Mon client est innocent », a-t-il dit.",
        "Le capitaine, Mathieu Roques, n'a pas salué Paul Gay. « Nous avons mal joué », "
        "a-t-il dit.",
    ],
)
def test_the_one_spoken_for_or_met_is_not_the_pronoun(text: str) -> None:
    assert _said(text, "fr") == [(None, "low")]
