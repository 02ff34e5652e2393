"""A sentence that opens with a preposition and a name ("En Bruselas dijo …") has a place there,
no subject: the place never speaks, and it bars no one before it (own sentences)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def speakers(text: str, lang: str) -> list[str | None]:
    """Each quotation's speaker, titles included (a label after "calificó" is one)."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Bruselas dijo: «Es absurdo».", "es"),
        ("En Bruselas, dijo: «Es absurdo».", "es"),
        ("En Bruselas calificó la medida de «absurda».", "es"),
        ("Con Alemania firmó el acuerdo y dijo: «Es un buen día».", "es"),
    ],
)
def test_the_opening_place_is_no_speaker(text: str, lang: str) -> None:
    assert speakers(text, lang) == [None]


def test_the_one_named_before_goes_on_past_the_place() -> None:
    text = "Ana López viajó el lunes. En Bruselas dijo: «Es absurdo»."
    assert speakers(text, "es") == ["Ana López"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country, a party or a capital as the subject: its government speaks (low)
        ("Alemania calificó de «inaceptable» la decisión.", "Alemania"),
        ("Podemos calificó la propuesta de «inaceptable».", "Podemos"),
        ("Desde Bruselas, Ana López calificó la medida de «absurda».", "Ana López"),
        ("El Gobierno dijo: «No habrá cambios».", "Gobierno"),
    ],
)
def test_a_subject_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text, "es") == [speaker]


def test_a_name_particle_is_no_preposition() -> None:
    # "Del Bosque" opens with a particle, spelt as "del": still a subject, someone speaks
    assert speakers("Del Bosque dijo: «Es absurdo».", "es") != [None]


def test_an_english_topic_for_still_opens_on_its_person() -> None:
    text = (
        "For Ann Roe, Friday is a day she has long awaited. Her brother was hurt.\n\n"
        "“I am ready to move on,” she said."
    )
    assert speakers(text, "en") == ["Ann Roe"]
