"""A lone word opening a verb-second clause before a pronoun subject ("Da rief er:") is no speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


# With nobody the pronoun can stand for, the quotation is nobody's, never the adverb's.
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg kam herein. Da rief er: „Nicht so laut!“",
        "Anna Berg kam herein. Da rief er: Nicht so laut!",
        "Jan Berg kam herein. Da rief sie: „Nicht so laut!“",
    ],
)
def test_an_opener_before_a_pronoun_subject_is_no_speaker(text: str) -> None:
    assert _quote(text).speaker is None


# The pronoun still stands for the person named before it.
def test_the_pronoun_after_the_verb_speaks() -> None:
    quote = _quote("Jan Berg kam herein. Da rief er: „Nicht so laut!“")
    assert quote.speaker == "Jan Berg"


# "sie" after a verb that takes a person as its object is the one asked: the name before speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Merkel kam herein. Merkel fragte sie: „Warum so spät?“",
        "Merkel kam herein. Merkel fragte ihn: „Warum so spät?“",
    ],
)
def test_a_name_before_an_object_pronoun_speaks(text: str) -> None:
    assert _quote(text).speaker == "Merkel"
