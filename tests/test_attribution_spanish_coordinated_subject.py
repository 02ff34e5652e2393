"""Spanish: a cue with no subject after "y" shares the subject of the verbs it is joined to; an
indefinite noun opening their clause ("un inspector entró…, contó… y le dijo:") names nobody."""
# fres24: the dropped subject was read as a pronoun and carried to the named subject of the
# sentence ("Pilar recuerda que …"), who was the one spoken to.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "es")]


_BEFORE = "Pilar Sanz llegó en 2005. "


@pytest.mark.parametrize(
    "text",
    [
        "Pilar recuerda que en 2011 un inspector entró en el aula, contó los pupitres y le dijo: "
        "«Esto tiene los días contados».",
        "Pilar recuerda que una vecina llamó a la puerta y le dijo: «Se acabó».",
        "En 2011, un inspector entró en el aula y les dijo: «Esto se cierra».",
    ],
)
def test_the_indefinite_subject_of_the_joined_verbs_names_nobody(text: str) -> None:
    assert _said(_BEFORE + text) == [(None, "low")]


# Negatives: a named subject of the joined verbs still speaks; an indefinite object is no subject.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pilar entró en el aula, contó los pupitres y les dijo: «Esto sigue».", "Pilar Sanz"),
        ("Pilar compró una casa vieja y le dijo: «Esto sigue».", "Pilar Sanz"),
    ],
)
def test_a_named_subject_of_the_joined_verbs_speaks(text: str, speaker: str) -> None:
    assert _said(_BEFORE + text)[0][0] == speaker


def test_many_joined_verbs_stay_linear() -> None:
    text = _BEFORE + "Un inspector entró, " + "contó y " * 2000 + "le dijo: «Fin»."
    assert len(_said(text)) == 1
