"""When an introduction's asking phrase meets the outlet or its own writer, the phrase's subject
is the one interviewed, and the writer never answers (texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.interview_turns import speakers


# "X spoke to our reporter Y": the answers are X's, never the reporter's.
@pytest.mark.parametrize(
    ("intro", "lang", "guest"),
    [
        ("Finance minister Laura Brandt spoke to our reporter Tom Hale.", "en", "Laura Brandt"),
        (
            "Finance minister Laura Brandt spoke to our political correspondent Tom Hale.",
            "en",
            "Laura Brandt",
        ),
        ("Finance minister Laura Brandt spoke to The Daily Post.", "en", "Laura Brandt"),
        ("La ministra Elena Vidal habló con nuestra periodista Ana Soto.", "es", "Elena Vidal"),
        ("La ministra Elena Vidal habló con El Diario del Sur.", "es", "Elena Vidal"),
        (
            "Le ministre Paul Verne a parlé avec notre journaliste Claire Fontaine.",
            "fr",
            "Paul Verne",
        ),
        ("Le ministre Paul Verne a parlé avec Le Courrier du Nord.", "fr", "Paul Verne"),
    ],
)
def test_the_subject_answers_when_the_outlet_asks(intro: str, lang: str, guest: str) -> None:
    assert {speaker for speaker, _ in speakers(intro, lang)} == {guest}


# The outlet's own writer, the only name of the introduction, answers nothing.
@pytest.mark.parametrize(
    ("intro", "lang"),
    [
        ("She spoke to our reporter Tom Hale about the budget.", "en"),
        ("The minister spoke to our political correspondent Tom Hale.", "en"),
        ("La ministra habló con nuestra periodista Ana Soto.", "es"),
        ("Le ministre s'est confié à notre journaliste Claire Fontaine.", "fr"),
    ],
)
def test_the_outlets_writer_never_answers(intro: str, lang: str) -> None:
    assert speakers(intro, lang) == set()
