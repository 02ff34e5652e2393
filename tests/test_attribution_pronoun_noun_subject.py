"""A he/she goes to the one named person of its gender only when a named person is the subject."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str, language: str = "en") -> str | None:
    return find_quotes(text, language, "")[-1].speaker


@pytest.mark.parametrize(
    ("text", "language"),
    [  # the subject is an unnamed person who may be the one speaking
        ("A spokeswoman for Tom Hale met Ann Roe. “We have no comment,” she said.", "en"),
        ("Tom Hale's mother called Ann Roe on Monday. “We have no comment,” she said.", "en"),
        ("Tom Hale's lawyer met Ann Roe. “We have no comment,” she said.", "en"),
        ("Ann Roe's brother attacked Tom Hale. “He deserved it,” he said.", "en"),
        (
            "L'avocate de Julien Marchetti a rencontré Claire Fontaine. "
            "« Nous n'avons rien à dire », a-t-elle déclaré.",
            "fr",
        ),
    ],
)
def test_a_noun_subject_keeps_the_pronoun_unnamed(text: str, language: str) -> None:
    assert _speaker(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [  # a named subject of the other gender: the one of the pronoun's gender speaks
        ("Tom Hale met Ann Roe on Monday. “We have no comment,” she said.", "en", "Ann Roe"),
        ("Tom Hale met Ann Roe on Monday. “We have no comment,” he said.", "en", "Tom Hale"),
        ("On Monday, Tom Hale met Ann Roe. “We have no comment,” she said.", "en", "Ann Roe"),
        (
            "Julien Marchetti a rencontré Claire Fontaine. "
            "« Nous n'avons rien à dire », a-t-elle déclaré.",
            "fr",
            "Claire Fontaine",
        ),
    ],
)
def test_a_named_subject_lets_the_pronoun_pick(text: str, language: str, who: str) -> None:
    assert _speaker(text, language) == who
