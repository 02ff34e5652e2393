"""A plain text's first line names the interviewee only as its one person, who answers."""
# Texts written for these tests (fixE2), after the reviewer's first lines (review20/E2).

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

_ES = (
    "ENTREVISTA. {intro}\n\n"
    "Pregunta. ¿Por qué un pueblo de Soria?\n\n"
    "Respuesta. Porque allí se vacía el campo sin ruido.\n\n"
    "P. ¿Fue un riesgo?\n\nR. Enorme. Pero salió bien.\n\n"
    "P. ¿Y ahora?\n\nR. Ahora necesito dormir."
)
_EN = (
    "{intro}\n\nQ: Why the coast?\n\nA: Because the city is loud.\n\nQ: And now?\n\nA: Now I sleep."
)
_FR = (
    "ENTRETIEN. {intro}\n\nQ. Pourquoi ce plan ?\n\nR. Parce que la ville étouffe.\n\n"
    "Q. Et après ?\n\nR. Nous verrons bien."
)


def _answers(text: str, lang: str) -> list[Quote]:
    """The interview's answer turns."""
    return [q for q in find_quotes(text, lang, "") if q.basis == "interview_turn"]


def _nobody(text: str, lang: str) -> bool:
    """Whether no quotation of the interview's answers has a speaker."""
    quotes = [q for q in find_quotes(text, lang, "") if q.kind != "title"]
    answers = [q for q in quotes if q.text.startswith(("Porque", "Enorme", "Ahora", "Because"))]
    return bool(answers) and all(q.speaker is None for q in answers)


def test_a_place_opening_the_first_line_is_no_interviewee() -> None:
    text = "New York, Ann Roe and the film\n\n" + _EN.format(
        intro="The director Ann Roe in New York talks about her film."
    )
    assert _nobody(text, "en")
    text = "San Sebastián, la directora habla\n\n" + _ES.format(
        intro="La directora Elena Vidal estrena su película en el Festival de San Sebastián."
    )
    assert _nobody(text, "es")


def test_a_first_line_naming_two_people_picks_neither() -> None:
    text = "Elena Vidal, Marta Gil y el cine\n\n" + _ES.format(
        intro="La directora Elena Vidal estrena su película con Marta Gil."
    )
    assert _nobody(text, "es")
    text = "Marta Gil, sobre Elena Vidal: «Es un genio»\n\n" + _ES.format(
        intro="La directora Elena Vidal, amiga de Marta Gil, estrena su película."
    )
    assert _nobody(text, "es")


def test_the_one_who_asks_in_the_body_is_no_interviewee() -> None:
    text = "Pablo Serrano, periodista: «Una gran charla»\n\n" + _ES.format(
        intro="Pablo Serrano conversa con la directora Elena Vidal."
    )
    assert _nobody(text, "es")
    text = "Jim Park: “A great talk”\n\n" + _EN.format(intro="Jim Park talks to Ann Roe.")
    assert _nobody(text, "en")


def test_a_name_the_body_writes_only_as_a_complement_is_no_interviewee() -> None:
    text = "Juan Vidal: «Mi hija es un genio»\n\n" + _ES.format(
        intro="La directora Elena Vidal, hija de Juan Vidal, estrena su película."
    )
    assert _nobody(text, "es")


def test_a_french_first_line_with_a_space_before_its_colon_picks_its_name() -> None:
    text = "Sophie Lambert : « Les étés seront plus chauds »\n\n" + _FR.format(
        intro="La climatologue Sophie Lambert répond aux questions de Marc Roux."
    )
    assert {(q.speaker, q.confidence) for q in _answers(text, "fr")} == {("Sophie Lambert", "high")}


def test_the_one_person_of_the_first_line_who_answers_is_picked() -> None:
    text = "Ann Roe: “The coast saved me”\n\n" + _EN.format(
        intro="The director Ann Roe talks about her film in New York with Jim Park."
    )
    assert {(q.speaker, q.confidence) for q in _answers(text, "en")} == {("Ann Roe", "high")}
