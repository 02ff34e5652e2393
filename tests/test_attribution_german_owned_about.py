"""A statement noun's owner speaks a content clause after it only when the words after the noun name
an owner: speaking about or against the noun ("sagte über die Kritik der Opposition, …"), a
possessive before it ("seine Kritik vom Montag") or a time after it leave the subject's words."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _seen(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth sagte über die Kritik der Opposition, sie sei „völlig haltlos“.",
        "Jan Roth sagte über den Vorwurf der Opposition, er sei „völlig haltlos“.",
        "Jan Roth äußerte sich gegen die Kritik der Opposition, sie sei „völlig haltlos“.",
        "Jan Roth bekräftigte seine Kritik vom Montag, der Plan sei „unausgegoren“.",
        "Jan Roth bekräftigte die Kritik vom vergangenen Montag, der Plan sei „unausgegoren“.",
    ],
)
def test_the_subject_keeps_its_words(text: str) -> None:
    """No owner after the noun: the cue's subject speaks."""
    assert _seen(text) == ("Jan Roth", "high")


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth widersprach der Kritik der Opposition, sie sei „völlig haltlos“.",
        "Jan Roth wies den Vorwurf der Ministerin zurück, er sei „korrupt“.",
        "Jan Roth widersprach der Darstellung von Petra Berger, er habe „gelogen“.",
        "Jan Roth bekräftigte die Forderung des Verbands, der Staat müsse „endlich handeln“.",
    ],
)
def test_an_owner_after_the_noun_keeps_the_subject_off(text: str) -> None:
    """A person or body after the noun owns the words: never the cue's subject."""
    assert _seen(text)[0] != "Jan Roth"
