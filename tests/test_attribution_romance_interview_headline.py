"""A plain-text interview's first line is its headline: it picks the interviewee among names."""
# Texts written for these tests (romance20), modelled on Spanish and French interview pages.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

_BODY = (
    "ENTREVISTA. La directora estrena su película, premiada en el Festival de San Sebastián.\n\n"
    "Entrevista realizada por Pablo Serrano\n\n"
    "Pregunta. ¿Por qué un pueblo de Soria?\n\n"
    "Respuesta. Porque allí se vacía el campo sin ruido.\n\n"
    "P. ¿Fue un riesgo?\n\n"
    "R. Enorme. Pero salió bien.\n\n"
    "P. ¿Y ahora?\n\n"
    "R. Ahora necesito dormir."
)


def _answers(text: str) -> list[Quote]:
    """The interview's answer turns."""
    return [q for q in find_quotes(text, "es", "") if q.basis == "interview_turn"]


def test_the_first_line_picks_the_interviewee_among_the_introductions_names() -> None:
    text = "Elena Vidal: «El cine necesita salas»\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    answers = _answers(text)
    assert answers
    assert {(q.speaker, q.confidence) for q in answers} == {("Elena Vidal", "high")}


def test_a_first_line_naming_two_people_picks_nobody() -> None:
    text = "Elena Vidal y Marta Gil: «El cine necesita salas»\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal, con Marta Gil,"
    )
    assert all(q.speaker is None for q in find_quotes(text, "es", "") if q.kind != "title")


def test_a_first_line_that_runs_into_the_text_is_no_headline() -> None:
    text = "Elena Vidal habla del cine.\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    assert all(q.speaker is None for q in _answers(text))
