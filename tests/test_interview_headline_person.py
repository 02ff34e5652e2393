"""A plain text's first line names the interviewee only as its one person, who answers."""
# Texts written for these tests (fixE2), after the reviewer's first lines (review20/E2).

from __future__ import annotations

import pytest

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


# Each case: the first line, the interview's introduction, its language.
_NO_INTERVIEWEE = {
    "a place opening the first line": (
        "New York, Ann Roe and the film",
        "The director Ann Roe in New York talks about her film.",
        "en",
    ),
    "a place the body names inside a body's name": (
        "San Sebastián, la directora habla",
        "La directora Elena Vidal estrena su película en el Festival de San Sebastián.",
        "es",
    ),
    "two people on the first line": (
        "Elena Vidal, Marta Gil y el cine",
        "La directora Elena Vidal estrena su película con Marta Gil.",
        "es",
    ),
    "a second person after the first line's name": (
        "Marta Gil, sobre Elena Vidal: «Es un genio»",
        "La directora Elena Vidal, amiga de Marta Gil, estrena su película.",
        "es",
    ),
    "a name the body writes only as a complement": (
        "Juan Vidal: «Mi hija es un genio»",
        "La directora Elena Vidal, hija de Juan Vidal, estrena su película.",
        "es",
    ),
}


@pytest.mark.parametrize(("first", "intro", "lang"), _NO_INTERVIEWEE.values(), ids=_NO_INTERVIEWEE)
def test_a_first_line_names_no_interviewee(first: str, intro: str, lang: str) -> None:
    body = {"en": _EN, "es": _ES}[lang]
    assert _nobody(f"{first}\n\n" + body.format(intro=intro), lang)


# The first line names the interviewer, who converses with (talks to) the interviewee: the answers
# are the introduction's other person, the one asked (interviewee._guest).
def test_the_one_who_converses_is_no_interviewee_the_one_he_converses_with_is() -> None:
    text = "Pablo Serrano, periodista: «Una gran charla»\n\n" + _ES.format(
        intro="Pablo Serrano conversa con la directora Elena Vidal."
    )
    assert {q.speaker for q in _answers(text, "es")} == {"Elena Vidal"}


def test_the_one_who_talks_to_the_interviewee_is_no_interviewee_the_one_he_talks_to_is() -> None:
    text = "Jim Park: “A great talk”\n\n" + _EN.format(intro="Jim Park talks to Ann Roe.")
    assert {q.speaker for q in _answers(text, "en")} == {"Ann Roe"}


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
