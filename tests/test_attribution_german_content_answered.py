"""A quotation in an owned statement noun's content clause, answered by someone else after it."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None, str]]:
    """Every quotation of `text` (German) with speaker and confidence."""
    return [(q.text, q.speaker, q.confidence) for q in find_quotes(text, "de")]


# The word is the owner's ("der Vorwurf der CDU"), whom the subject of the verb after it answers.
@pytest.mark.parametrize(
    ("text", "word", "owner"),
    [
        (
            "Auf den Vorwurf der CDU, es handele sich um einen „Skandal“, entgegnete Jan Roth,"
            " der Plan sei solide.",
            "Skandal",
            "CDU",
        ),
        (
            "Auf die Forderung von Eva Lind, man müsse die Steuern „sofort“ senken, antwortete"
            " Jan Roth knapp.",
            "sofort",
            "Eva Lind",
        ),
    ],
)
def test_answering_subject_is_not_high_for_the_owners_word(
    text: str, word: str, owner: str
) -> None:
    [(words, speaker, confidence)] = _found(text)
    assert words == word
    assert speaker == owner or confidence == "low"
    assert not (speaker == "Jan Roth" and confidence == "high")


# Negatives: the answering speaker's own quotation stays theirs.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jan Roth entgegnete: „Das ist falsch.“", "Das ist falsch."),
        ("Zum Vorwurf der CDU sagte Jan Roth: „Das ist kein Skandal.“", "Das ist kein Skandal."),
        ("„Das ist kein Skandal“, entgegnete Jan Roth der CDU.", "Das ist kein Skandal"),
    ],
)
def test_own_answer_stays_the_speakers(text: str, words: str) -> None:
    assert _found(text) == [(words, "Jan Roth", "high")]
