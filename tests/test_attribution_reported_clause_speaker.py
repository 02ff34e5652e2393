"""A colon quotation after "y" + a verb of saying inside a "que" clause of a present cue belongs to
that clause's subject ("Pilar cuenta que Juan entró y le dijo: «…»"), never the main clause's;
a relative "que"/"qui" after an unnamed noun hands the cue to that noun."""
# fixF24: the reviewer found the main clause's name given (high) to what the director, a doctor or
# a neighbour said to her. The rule is in frames/coordinated.py.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _said(text: str, lang: str = "es") -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pilar Sanz cuenta que Juan Ortega entró en el aula y dijo: «Aquí sobran niños».",
            "Juan Ortega",
        ),
        (
            "Pilar Sanz cuenta que Juan Ortega entró en el aula y le dijo: «Aquí sobran niños».",
            "Juan Ortega",
        ),
        (
            "Pilar Sanz relata que su vecina, Rosa Gil, la vio y le gritó: «¡Fuera de aquí!».",
            "Rosa Gil",
        ),
    ],
)
def test_the_reported_clause_named_subject_speaks(text: str, speaker: str) -> None:
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pilar Sanz asegura que el director la llamó y le dijo: «Estás despedida».", "es"),
        ("Pilar Sanz asegura que su jefe la llamó y le preguntó: «¿Dónde estabas?».", "es"),
        ("Pilar Sanz asegura que el médico la examinó y le advirtió: «Debe descansar».", "es"),
        ("Pilar Sanz recuerda que varios vecinos entraron y le dijeron: «Váyase ya».", "es"),
        ("Pilar Sanz recuerda que una vecina entró y le gritó: «¡Fuera de aquí!».", "es"),
        ("Pilar Sanz escuchó al inspector, que respondió: «No hay nada que hacer».", "es"),
        ("Marie Durand raconte que le directeur l'a appelée et lui a dit : « Vous partez. »", "fr"),
    ],
)
def test_an_unnamed_subject_of_the_reported_clause_names_nobody(text: str, lang: str) -> None:
    assert _said(text, lang) == [(None, "low")]


# Negatives: a past cue before "que" shares the cue after "y" ("dijo que … y añadió"); a clause
# with no subject of its own leaves the main one.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Pedro Sánchez dijo que Alberto Feijóo mentía y añadió: «No tiene proyecto».",
            "es",
            "Pedro Sánchez",
        ),
        (
            "Pedro Sánchez dijo que la ley es justa y añadió: «No tiene proyecto».",
            "es",
            "Pedro Sánchez",
        ),
        (
            "Pedro Sánchez asegura que la ley es justa y añade: «No tiene proyecto».",
            "es",
            "Pedro Sánchez",
        ),
        ("Pilar Sanz dijo que estaba cansada y añadió: «No puedo más».", "es", "Pilar Sanz"),
        (
            "Marie Durand a raconté que Jean Morel était las et a ajouté : « Partons. »",
            "fr",
            "Marie Durand",
        ),
        (
            "Marie Durand explique que la loi est juste et ajoute : « Partons. »",
            "fr",
            "Marie Durand",
        ),
    ],
)
def test_the_main_subject_still_speaks_for_its_own_cues(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0][0] == speaker


# A clause that grows inside one sentence is read by a regex in one call: counting its calls
# proves nothing, so bench/linearity.py times it ("long reported clause"); here, its answer.
@pytest.mark.parametrize("n", [1, 2000])
def test_a_long_reported_clause_keeps_its_answer(n: int) -> None:
    text = "Pilar Sanz cuenta que " + "el director entró y " * n + "le dijo: «Fin»."
    assert _said(text) == [(None, "low")]


def test_many_reported_clauses_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Pilar Sanz cuenta que el director entró y le dijo: «Fin». " * n
        assert _said(text) == [(None, "low")] * n

    assert_linear(run, 50)


# Negatives: a relative after a name's apposition is that name's ("who" read as before).
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Ann Roe met Scott Reed, a Republican strategist, who said: "We will win."',
            "en",
            "Scott Reed",
        ),
        (
            "Pilar Sanz escuchó a su abogado, Juan Ortega, que respondió: «No hay nada que hacer».",
            "es",
            "Juan Ortega",
        ),
    ],
)
def test_a_relative_after_a_named_apposition_is_the_name(
    text: str, lang: str, speaker: str
) -> None:
    assert _said(text, lang)[0][0] == speaker
