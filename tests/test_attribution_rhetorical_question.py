"""A speaker's own question closing a paragraph of a speech that goes on is still hers."""
# "She said: “Is this fair?\n\n“We will fight it,” said Ann Roe." gave the question to nobody: a
# cut-off question is never its answerer's (`unanswered`), and "she" is Ann Roe. A pronoun at the
# question's own cue that says, and a later cue that neither answers nor asks, are one speaker
# going on: the question is hers, low (a pronoun's). "She asked:", "replied" stay two turns.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang, "")]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Ann Roe spoke to reporters. She said: “Is this fair?\n\n“We will fight it,” "
            "said Ann Roe.",
            "Ann Roe",
        ),
        (
            "de",
            "Anna Roth sprach mit Reportern. Sie sagte: „Ist das fair?\n\n„Wir werden kämpfen“, "
            "sagte Anna Roth.",
            "Anna Roth",
        ),
        (
            "es",
            "Ana Ruiz habló con los periodistas. Ella dijo: «¿Es justo?\n\n«Vamos a luchar», "
            "dijo Ana Ruiz.",
            "Ana Ruiz",
        ),
    ],
)
def test_her_own_question_is_hers(lang: str, text: str, name: str) -> None:
    assert _speakers(text, lang) == [(name, "low"), (name, "high")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ann Roe spoke to reporters. She asked: “Is this fair?\n\n“No,” said Ann Roe."),
        ("en", "Ann Roe spoke to reporters. She said: “Is this fair?\n\n“No,” replied Ann Roe."),
        (
            "de",
            "Anna Roth sprach mit Reportern. Sie fragte: „Ist das fair?\n\n„Nein“, "
            "sagte Anna Roth.",
        ),
    ],
)
def test_a_question_asked_or_answered_stays_unnamed(lang: str, text: str) -> None:
    assert _speakers(text, lang)[0] == (None, "low")


def test_a_question_to_another_keeps_its_asker() -> None:
    text = "Tom Hale met Ann Roe. He said: “Will you resign?\n\n“No,” said Ann Roe."
    assert _speakers(text, "en") == [("Tom Hale", "low"), ("Ann Roe", "high")]
