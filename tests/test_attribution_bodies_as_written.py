"""A body or document no name stands for is the speaker as written after "the", low."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The vote was rigged,” the union wrote on Tuesday.", "the union"),
        ("“Do we mean the same mayor?” the editorial board writes.", "the editorial board"),
        ("“We tried to meet the goal,” said the agency, which fell short.", "the agency"),
        ("The race tightened.\n\n“It is not over,” the campaign said.", "the campaign"),
        ("“You lost,” the note says.", "the note"),
    ],
)
def test_the_description_is_the_speaker(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "low")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a body of that noun named before it, or the one who issued the document
        (
            "The Harbour Workers Union met on Monday. “We strike,” the union said.",
            "Harbour Workers Union",
        ),
        ("Ann Lowe issued a statement. “I am stepping down,” the statement said.", "Ann Lowe"),
    ],
)
def test_a_named_body_or_issuer_comes_first(text: str, who: str) -> None:
    assert _last(text).speaker == who


@pytest.mark.parametrize(
    "text",
    [
        "“We strike,” a union said.",  # no definite article
        # two bodies of the noun named: one of them, which the text does not say
        "Acme Union and the Zeta Union merged. “We strike,” the union said.",
        "“We strike,” its statement said.",
    ],
)
def test_no_article_no_description(text: str) -> None:
    assert _last(text).speaker is None
