"""A bare noun of people before a plural verb of stance is a group: "Kritiker befürchten, …"."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


@pytest.mark.parametrize(
    "text",
    [
        "Kritiker befürchten, dass es „sehr teuer“ wird.",
        "Kritiker befürchten, es werde „sehr teuer“.",
    ],
)
def test_a_group_before_a_plural_verb_of_stance_speaks(text: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == ("Kritiker", "low")


# A lone word before a singular verb may be a surname the article never gives in full: nobody.
def test_a_lone_word_before_a_singular_verb_is_no_group() -> None:
    assert _quote("Roth befürchtet, es werde „sehr teuer“.").speaker is None
