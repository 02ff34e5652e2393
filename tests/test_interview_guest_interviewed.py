"""An introduction's guest is the one it writes as interviewed, never a name left by elimination
(fixI22: texts written for these tests, modelled on interview pages)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.interview_turns import TURNS, speakers
from tests.work_counts import assert_linear


# A byline, a credit, an object of another verb or a subject beside is never the guest; a
# description as the one interviewed leaves the answers nobody's.
@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        (
            "Mayor Tom Hale wants a tram through the old town. Our reporter Ann Roe spoke to the"
            " engineer who designed it.",
            "en",
        ),
        (
            "Mayor Tom Hale opened the library in May. Our reporter Ann Roe talked to its first"
            " director.",
            "en",
        ),
        (
            "The keeper of the North Point light has lived alone for twenty years. Photographs:"
            " Mary Lee. Translated from the Welsh by Ann Roe.",
            "en",
        ),
        ("Simon Clarke met the director of the new library. Photographs: Mary Lee.", "en"),
        ("The director succeeded Tom Hale in May. Simon Clarke sat down with her.", "en"),
        (
            "Writer Ann Roe wants to close the library. Simon Clarke met the mayor who wants to"
            " keep it.",
            "en",
        ),
        ("Simon Clarke met the architect Lena Morales. Photographs: Mary Lee.", "en"),
        ("Ann Roe spoke to him about Tom Hale.", "en"),
        (
            "El alcalde Tomás Gil inauguró la biblioteca en mayo. Nuestra periodista Ana Soto"
            " habló con su directora.",
            "es",
        ),
        (
            "Marta Gil quiere cerrar la biblioteca. Pablo Serrano conversa con el alcalde, que"
            " quiere mantenerla.",
            "es",
        ),
        (
            "La directora sustituyó a Jorge Mena en mayo. Pablo Serrano conversa con ella."
            " Traducción: Marta Gil.",
            "es",
        ),
        (
            "La directrice a succédé à Paul Verne. Julien Marchetti s'entretient avec elle."
            " Traduction : Claire Fontaine.",
            "fr",
        ),
    ],
)
def test_a_name_the_introduction_never_writes_as_interviewed_answers_nothing(
    intro: str, lang: str
) -> None:
    assert speakers(intro, lang) == set()


# The object of an interview verb, after a short description or none, is the guest.
@pytest.mark.parametrize(
    ("intro", "lang", "guest"),
    [
        (
            "Our writer Simon Clarke met the architect Lena Morales in Bristol.",
            "en",
            "Lena Morales",
        ),
        ("Jim Park talks to Ann Roe.", "en", "Ann Roe"),
        ("Pablo Serrano conversa con la directora Elena Vidal.", "es", "Elena Vidal"),
        ("Julien Marchetti s'entretient avec le ministre Paul Verne.", "fr", "Paul Verne"),
    ],
)
def test_the_one_the_introduction_interviews_answers(intro: str, lang: str, guest: str) -> None:
    assert speakers(intro, lang) == {(guest, "low")}


# The scan over the introduction's names stays linear: thousands of names, each asking.
def test_many_introduction_names_stay_fast() -> None:
    def run(n: int) -> None:
        intro = " ".join(f"Mayor Tom X{chr(97 + i % 26)}{i} met Simon Clarke." for i in range(n))
        find_quotes(f"A talk\n\n{intro}" + TURNS["en"], "en")

    assert_linear(run, 250)
