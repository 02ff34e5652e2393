"""A pronoun never carries the previous speaker over when the honorific that named them marks
the other gender ("“…,” Ms. Roe said. “…,” he said")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge is safe,” Ms. Lund said. “We checked it twice,” he said.",
        "“The bridge is safe,” said Mrs. Lund. “We checked it twice,” he added.",
        "“The bridge is safe,” Mr. Lund said.\n\n“We checked it twice,” she said.",
    ],
)
def test_a_pronoun_of_the_other_gender_names_nobody(text: str) -> None:
    """The honorific marks the previous speaker's gender: the other pronoun is someone else."""
    first, second = find_quotes(text, "en", "")
    assert first.speaker == "Lund"
    assert second.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge is safe,” Ms. Lund said. “We checked it twice,” she said.",
        "“The bridge is safe,” Mr. Lund said. “We checked it twice,” he added.",
        "“The bridge is safe,” Dr. Lund said. “We checked it twice,” he added.",
        "“The bridge is safe,” Lund said. “We checked it twice,” he added.",
    ],
)
def test_a_pronoun_of_the_same_or_unmarked_gender_goes_on(text: str) -> None:
    """The same gender, or no honorific that marks one: the speaker goes on as before, low."""
    second = find_quotes(text, "en", "")[1]
    assert (second.speaker, second.confidence) == ("Lund", "low")
