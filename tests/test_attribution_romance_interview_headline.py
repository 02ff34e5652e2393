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


def test_a_first_line_opening_with_the_name_and_a_comma_picks_it() -> None:
    text = "Elena Vidal, desde San Sebastián: «El cine necesita salas»\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    assert {(q.speaker, q.confidence) for q in _answers(text)} == {("Elena Vidal", "high")}


# The reviewer's first lines (review20/E): a name the headline quotes, the interviewer, a place.
def test_a_first_line_quoting_a_name_picks_nobody() -> None:
    text = "«Pedro Almodóvar me cambió la vida»\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    assert all(q.speaker is None for q in _answers(text))


def test_a_first_line_naming_the_interviewer_picks_nobody() -> None:
    body = _BODY.replace("La directora", "La directora Elena Vidal")
    for head in ("Pablo Serrano entrevista a la directora", "Pablo Serrano: «Una gran charla»"):
        assert all(q.speaker is None for q in _answers(f"{head}\n\n{body}")), head


def test_a_first_line_naming_a_place_picks_nobody() -> None:
    text = "Festival de San Sebastián: la directora habla\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    assert all(q.speaker is None for q in _answers(text))


def test_a_first_line_speaker_the_body_never_names_is_not_picked() -> None:
    text = "Marta Gil: «El cine necesita salas»\n\n" + _BODY.replace(
        "La directora", "La directora Elena Vidal"
    )
    assert all(q.speaker is None for q in _answers(text))


def test_a_french_first_line_quoting_a_name_picks_nobody() -> None:
    text = (
        "« Emmanuel Macron nous a trahis »\n\n"
        "ENTRETIEN. La maire de Paris, Anne Hidalgo, répond à nos questions sur la ville.\n\n"
        "Q. Pourquoi ce plan ?\n\nR. Parce que la ville étouffe.\n\n"
        "Q. Et après ?\n\nR. Nous verrons bien."
    )
    quotes = find_quotes(text, "fr", "")
    assert all(q.speaker != "Emmanuel Macron" for q in quotes)
