"""Spanish: a capitalised word opening the sentence before a verb of calling is a proper noun, its
subject, only where it is no adverb or function word ("Finalmente", "Incluso", "Nadie"), unless the
article writes it capitalised inside a sentence or it is a known first name; "Al" is the personal
"a" with an article only before a lower-case word or a title ("Al presidente", "Al Gobierno"),
before a surname it is a first name ("Al Gore"); a fronted object with a clitic ("Al Gobierno lo
calificó Feijóo de «…»") leaves the name after the verb as the subject, low
(kinds/judged.py, `fixS25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "es") if q.kind == "speech"]


@pytest.mark.parametrize(
    "text",
    [
        "Finalmente calificó de «histórico» el acuerdo.",
        "Posteriormente calificó de «histórico» el acuerdo.",
        "Incluso calificó de «histórico» el acuerdo.",
        "Entonces calificó de «histórico» el acuerdo.",
        "Anoche calificó de «error» la medida.",
        "Nadie calificó de «error» la medida.",
        "Alguien calificó de «error» la medida.",
        "Tampoco calificó de «error» la medida.",
        "Alberto Núñez Feijóo habló. Finalmente calificó de «histórico» el acuerdo.",
    ],
)
def test_an_opening_adverb_or_pronoun_names_nobody(text: str) -> None:
    assert [s for s, _ in _found(text) if s] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Feijóo calificó de «traidor» a Sánchez.", "Feijóo"),
        ("Rajoy calificó de «error» la medida.", "Rajoy"),
        # a first name in -mente is no adverb: the data knows it, or the article writes it so
        ("Lo contó Clemente. Clemente calificó de «error» la medida.", "Clemente"),
    ],
)
def test_a_bare_proper_noun_still_speaks_low(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al presidente Sánchez lo calificó Feijóo de «traidor».", "Feijóo"),
        ("Al Gobierno lo calificó Feijóo de «okupa».", "Feijóo"),
        ("Al ministro Pérez lo calificó Feijóo de «inútil».", "Feijóo"),
    ],
)
def test_a_fronted_object_leaves_the_name_after_the_verb(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "low")]


@pytest.mark.parametrize(
    "text",
    [
        "Al Gore calificó de «error» la medida.",
        "Al Pacino calificó de «error» la medida.",
    ],
)
def test_al_before_a_surname_is_a_first_name(text: str) -> None:
    found = _found(text)
    assert len(found) == 1 and (found[0][0] or "").endswith(text.split()[1])
    assert found[0][1] == "low"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al presidente Pedro Sánchez lo calificó de «traidor» Feijóo.", "Feijóo"),
        ("A la ministra Ana López la calificó de «irresponsable» Juan Pérez.", "Juan Pérez"),
    ],
)
def test_the_name_after_the_label_still_speaks(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "low")]


def test_a_pronoun_stays_nobody() -> None:
    assert [s for s, _ in _found("Ella calificó de «traidor» a Sánchez.") if s] == []
