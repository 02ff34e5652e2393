"""A name after an asking phrase is the guest only at low confidence, and only when the
sentence writes this interview: not a past meeting, a request or a possessive (fixI23: texts
written for these tests, modelled on interview pages)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.interview_turns import TURNS, speakers
from tests.work_counts import assert_linear


# An asking phrase alone never makes the guest sure: the sentence may be about another meeting.
@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        ("Architect Lena Morales met Mayor Tom Hale on Monday to discuss the tram.", "en"),
        (
            "Marta Gil se reunió con el alcalde Tomás Ruiz el lunes para hablar del tranvía.",
            "es",
        ),
        ("Marta Gil habló con Tomás Ruiz por teléfono.", "es"),
        ("Marta Gil preguntó a Tomás Ruiz por el presupuesto.", "es"),
        ("Claire Fontaine interroge Paul Verne sur son budget depuis des mois.", "fr"),
        (
            "Claire Fontaine rencontre Paul Verne, son ancien professeur, chaque année à Lyon.",
            "fr",
        ),
    ],
)
def test_a_guest_from_an_asking_phrase_alone_is_never_high(intro: str, lang: str) -> None:
    assert all(confidence == "low" for _, confidence in speakers(intro, lang))


# A meeting the introduction dates in the past, or one more sentence about the pair, is another
# story than this interview.
@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        (
            "Lena Morales met Tom Hale in Paris in 1999. Together they founded a studio that"
            " builds with clay.",
            "en",
        ),
        ("Lena Morales asked Tom Hale for a loan. He said no.", "en"),
        (
            "Lena Morales interviewed Tom Hale for her book in 2010. Now the roles are reversed.",
            "en",
        ),
        (
            "L'architecte Claire Fontaine a rencontré Paul Verne à Lyon en 1999. Ensemble, ils"
            " ont fondé un atelier.",
            "fr",
        ),
    ],
)
def test_a_name_from_another_meeting_answers_nothing(intro: str, lang: str) -> None:
    assert speakers(intro, lang) == set()


# The interviewer who is the outlet's, or turns right after the sentence (a credit between),
# still give the guest, at low.
@pytest.mark.parametrize(
    ("intro", "lang", "guest"),
    [
        (
            "Our writer Simon Clarke met the architect Lena Morales in Bristol.",
            "en",
            "Lena Morales",
        ),
        (
            "The mayor wants a tram. Our reporter Ann Roe spoke to the architect Lena Morales."
            " She builds with clay.",
            "en",
            "Lena Morales",
        ),
        ("Pablo Serrano conversa con la directora Elena Vidal.", "es", "Elena Vidal"),
    ],
)
def test_the_guest_of_this_interview_answers_at_low(intro: str, lang: str, guest: str) -> None:
    assert speakers(intro, lang) == {(guest, "low")}


# A possessive names someone else: "Tom Hale's widow" is not Tom Hale.
def test_a_possessive_name_is_no_guest() -> None:
    intro = "Lena Morales spoke to Tom Hale's widow before rebuilding the house."
    assert speakers(intro, "en") == set()


# Each asking phrase reads a bounded stretch of its sentence: one endless sentence stays fast.
def test_one_long_sentence_of_meetings_stays_fast() -> None:
    def run(n: int) -> None:
        intro = " and ".join(f"Ann Roe{i} met Tom Hale{i} in 19{i % 90 + 10}" for i in range(n))
        find_quotes(f"{intro}." + TURNS["en"], "en")

    assert_linear(run, 250)
